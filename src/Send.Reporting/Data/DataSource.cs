using System;

namespace Send.Reporting.Data;

/// <summary>
/// One data source of a report, as <c>send render --data</c> names it: a plain path binds the root of the data (a
/// JSON file whose top-level members become the template's variables); <c>name=path</c> binds one variable
/// <c>name</c> from a <c>.json</c>, <c>.csv</c> or <c>.xlsx</c> file; <c>name=book.xlsx#Sheet</c> names the sheet
/// (the first sheet otherwise).
/// </summary>
/// <param name="Name">The variable to bind, or null for the root.</param>
/// <param name="Path">The file.</param>
/// <param name="Sheet">The .xlsx sheet, or null for the first.</param>
public sealed record DataSource(string? Name, string Path, string? Sheet = null)
{
    /// <summary>Parses <c>path</c>, <c>name=path</c> or <c>name=book.xlsx#Sheet</c>.</summary>
    /// <param name="text">The argument.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The name is not a template variable name (letters, digits and underscores, not starting with a digit), or the path is empty.</exception>
    public static DataSource Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? name = null;
        var path = text;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && IsName(text[..equals]))
        {
            name = text[..equals];
            path = text[(equals + 1)..];
        }
        else if (equals == 0)
        {
            throw new ArgumentException($"'{text}': the name before '=' is empty; expected name=path, for example caseload=caseload.csv");
        }

        string? sheet = null;
        var hash = path.LastIndexOf('#');
        if (hash > 0 && path[..hash].EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            sheet = path[(hash + 1)..];
            path = path[..hash];
        }

        if (path.Length == 0)
        {
            throw new ArgumentException($"'{text}': no file named; expected a path, or name=path");
        }

        return new DataSource(name, path, sheet);
    }

    /// <summary>Gets the kind of file, from its extension: <c>json</c>, <c>csv</c> or <c>xlsx</c> (lower case), or the extension as written.</summary>
    public string Kind => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();

    private static bool IsName(string text)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => (Name is null ? string.Empty : Name + "=") + Path + (Sheet is null ? string.Empty : "#" + Sheet);
}
