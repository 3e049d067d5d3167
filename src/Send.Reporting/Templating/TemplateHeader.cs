// This file is shared source: Send.Analyzers compiles the same file (linked, not copied) so that the build-time
// template checks read a template's model declaration exactly as the runtime does. Keep it dependency-free and
// netstandard2.0-clean: no Scriban, no OpenXml, no NodaTime.
namespace Send.Reporting.Templating;

/// <summary>
/// The declaration on a template's first line that names the .NET type of the model it expects, by its full
/// name: <c>{{## model: Namespace.TypeName ##}}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The declaration is a Scriban multi-line comment (<c>##</c> ... <c>##</c>) inside a code block, so Scriban
/// ignores it and it writes nothing. It must be the first non-blank line of the template; spaces around the
/// colon and inside the braces are allowed; the type name is a full name (namespace and type, nested types with
/// <c>+</c>), without an assembly name.
/// </para>
/// <para>
/// A template without a declaration is valid at run time (the engine renders whatever model it is given), but
/// the build-time checks can then only check variables, not members.
/// </para>
/// </remarks>
public static class TemplateHeader
{
    /// <summary>The marker that opens the declaration.</summary>
    public const string Open = "{{##";

    /// <summary>The marker that closes the declaration.</summary>
    public const string Close = "##}}";

    /// <summary>The key inside the declaration.</summary>
    public const string ModelKey = "model:";

    /// <summary>Reads the model type name from a template's text.</summary>
    /// <param name="templateText">The whole template text; null gives false.</param>
    /// <param name="modelTypeName">The declared full type name, or null when there is no declaration.</param>
    /// <param name="line">The 1-based line of the declaration, or 0 when there is none.</param>
    /// <returns>True when the first non-blank line is a well-formed model declaration.</returns>
    public static bool TryReadModelType(string templateText, out string modelTypeName, out int line)
    {
        modelTypeName = null!;
        line = 0;
        if (templateText == null)
        {
            return false;
        }

        var start = 0;
        var lineNumber = 1;
        while (start <= templateText.Length)
        {
            var end = templateText.IndexOf('\n', start);
            var text = (end < 0 ? templateText.Substring(start) : templateText.Substring(start, end - start)).Trim();
            if (text.Length > 0)
            {
                if (!text.StartsWith(Open, System.StringComparison.Ordinal) || !text.EndsWith(Close, System.StringComparison.Ordinal) || text.Length < Open.Length + Close.Length)
                {
                    return false;
                }

                var inner = text.Substring(Open.Length, text.Length - Open.Length - Close.Length).Trim();
                if (!inner.StartsWith(ModelKey, System.StringComparison.Ordinal))
                {
                    return false;
                }

                var name = inner.Substring(ModelKey.Length).Trim();
                if (!IsTypeName(name))
                {
                    return false;
                }

                modelTypeName = name;
                line = lineNumber;
                return true;
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            lineNumber++;
        }

        return false;
    }

    private static bool IsTypeName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '+'))
            {
                return false;
            }
        }

        return !char.IsDigit(name[0]) && name[0] != '.' && name[name.Length - 1] != '.';
    }
}
