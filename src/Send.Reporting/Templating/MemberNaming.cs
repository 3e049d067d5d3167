// This file is shared source: Send.Analyzers compiles the same file (linked, not copied) so that the build-time
// template checks name model members exactly as the runtime does. Keep it dependency-free and netstandard2.0-clean:
// no Scriban, no OpenXml, no NodaTime, no newer C# library APIs.
using System.Text;

namespace Send.Reporting.Templating;

/// <summary>
/// The one naming rule that maps a .NET member name onto the name a template uses: <c>PascalCase</c> becomes
/// <c>snake_case</c> (<c>CarriedForward</c> is <c>carried_forward</c>, <c>DsgTable</c> is <c>dsg_table</c>).
/// </summary>
/// <remarks>
/// The rule is Scriban's <c>StandardMemberRenamer</c>: an underscore goes before each upper-case letter that
/// follows a character that is not upper-case, and every letter is lower-cased. Runs of capitals therefore stay
/// together (<c>EHCPCount</c> is <c>ehcpcount</c>; name it <c>EhcpCount</c> to get <c>ehcp_count</c>). A test
/// pins this file to Scriban's renamer so that the two never drift apart.
/// </remarks>
public static class MemberNaming
{
    /// <summary>Returns the template name for a .NET member name.</summary>
    /// <param name="memberName">The member name as declared in C#; null or empty gives an empty string.</param>
    /// <returns>The snake_case name.</returns>
    public static string ToTemplateName(string memberName)
    {
        if (string.IsNullOrEmpty(memberName))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(memberName.Length + 4);
        var previousUpper = false;
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !previousUpper)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
                previousUpper = true;
            }
            else
            {
                builder.Append(c);
                previousUpper = false;
            }
        }

        return builder.ToString();
    }
}
