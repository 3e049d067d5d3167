// Dependency-free: this file is also compiled into Send.Analyzers (netstandard2.0) by a <Compile Link>, so that the
// analyzer and the report engine read a template's model declaration the same way. Do not add dependencies to it.
namespace Send.Reporting.Templating;

/// <summary>
/// The declaration by which a template names the .NET type of its model: a Scriban comment
/// <c>{{# model: Send.Reporting.Models.SchoolsForumReport }}</c> (a <c>##</c> block comment works too), before any other
/// code block, giving the type's full metadata name (nested types with <c>+</c>).
/// </summary>
/// <remarks>
/// A template without the declaration is still valid; the analyzers then cannot check its variables and members
/// (SEND2002, SEND2003) and check only its syntax and includes. Only the first code block is examined.
/// </remarks>
internal readonly struct TemplateModelDeclaration
{
    private const string Keyword = "model:";

    private TemplateModelDeclaration(string typeName, int offset)
    {
        TypeName = typeName;
        Offset = offset;
    }

    /// <summary>Gets the declared type's full metadata name, e.g. <c>Send.Reporting.Models.SchoolsForumReport</c>.</summary>
    public string TypeName { get; }

    /// <summary>Gets the offset (in UTF-16 code units from the start of the template) of the type name.</summary>
    public int Offset { get; }

    /// <summary>Finds the model declaration in the template text.</summary>
    /// <param name="text">The template's full text.</param>
    /// <param name="declaration">The declaration when found.</param>
    /// <returns><see langword="true"/> when the first code block is a model declaration.</returns>
    public static bool TryFind(string text, out TemplateModelDeclaration declaration)
    {
        declaration = default;
        var open = text.IndexOf("{{", System.StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        var i = open + 2;
        if (i < text.Length && (text[i] == '-' || text[i] == '~'))
        {
            i++;
        }

        i = SkipSpaces(text, i);
        if (i >= text.Length || text[i] != '#')
        {
            return false;
        }

        while (i < text.Length && text[i] == '#')
        {
            i++;
        }

        i = SkipSpaces(text, i);
        if (string.CompareOrdinal(text, i, Keyword, 0, Keyword.Length) != 0)
        {
            return false;
        }

        i = SkipSpaces(text, i + Keyword.Length);
        var start = i;
        while (i < text.Length && IsTypeNameChar(text[i]))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        declaration = new TemplateModelDeclaration(text.Substring(start, i - start), start);
        return true;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static bool IsTypeNameChar(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '`';
}
