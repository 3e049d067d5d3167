// Dependency-free: this file is also compiled into Send.Analyzers (netstandard2.0) by a <Compile Link>, so that the
// analyzer and the report engine agree on the names a template sees. Do not add dependencies to it.
using System.Text;

namespace Send.Reporting.Templating;

/// <summary>
/// The naming convention under which a model's .NET members appear in a template: <c>PascalCase</c> becomes
/// <c>snake_case</c> (<c>DeficitTable</c> is <c>deficit_table</c>, <c>HighNeedsBlock</c> is <c>high_needs_block</c>).
/// </summary>
/// <remarks>
/// This is Scriban's <c>StandardMemberRenamer</c> convention, written out so that code without Scriban (the analyzers'
/// shared sources) computes the same names; a test checks the two agree. A run of capitals is not split
/// (<c>DSGTotal</c> is <c>dsgtotal</c>), exactly as Scriban does.
/// </remarks>
internal static class MemberNaming
{
    /// <summary>Returns the name under which the .NET member <paramref name="memberName"/> is visible in a template.</summary>
    /// <param name="memberName">A .NET member name, e.g. <c>DeficitTable</c>.</param>
    /// <returns>The template name, e.g. <c>deficit_table</c>.</returns>
    public static string ToTemplateName(string memberName)
    {
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
