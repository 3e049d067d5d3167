using System;

namespace Send.Reporting.Docx;

/// <summary>
/// Advance widths of a house font, for sizing table columns so that no word is split: Arial's (also Helvetica,
/// Liberation Sans, Arimo), Times New Roman's (also Times, Liberation Serif, Tinos), and for any other font a safe
/// estimate that is wider than both.
/// </summary>
/// <remarks>
/// Send does not read font files (a render must not depend on the fonts installed where it runs), so it carries the
/// widths of the two metric families councils' templates mostly use, taken from the metric-compatible Liberation
/// fonts. Calibri and Carlito are measured as Arial, which is wider, so never too narrow. Any other font (Georgia,
/// Verdana, Tahoma, Cambria, a council's own) is measured as Arial widened by a fifth, which covers Verdana and
/// Georgia, the widest of the common ones; a column may then be a little wider than it needs, never too narrow.
/// </remarks>
internal sealed class FontMetrics
{
    private readonly Func<char, int> width;

    private FontMetrics(string name, Func<char, int> width, int scalePercent, int boldPercent)
    {
        Name = name;
        this.width = width;
        ScalePercent = scalePercent;
        BoldPercent = boldPercent;
    }

    /// <summary>Arial and the fonts with its metrics.</summary>
    public static FontMetrics Arial { get; } = new("Arial", ArialWidth, 100, 107);

    /// <summary>Times New Roman and the fonts with its metrics.</summary>
    public static FontMetrics Times { get; } = new("Times New Roman", TimesWidth, 100, 110);

    /// <summary>Any other font: Arial's widths plus a fifth, bold a further 7%.</summary>
    public static FontMetrics Wide { get; } = new("other (Arial + 20%)", ArialWidth, 120, 107);

    /// <summary>Which metrics these are, for messages and tests.</summary>
    public string Name { get; }

    /// <summary>Percentage applied to the table's widths (100 for a font whose widths are known).</summary>
    public int ScalePercent { get; }

    /// <summary>How much wider bold text is, in percent of regular.</summary>
    public int BoldPercent { get; }

    /// <summary>The metrics for a font name (case and spaces ignored); <see cref="Wide"/> for a font not known, and <see cref="Arial"/> when there is no name.</summary>
    public static FontMetrics For(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName))
        {
            return Arial;
        }

        return fontName.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "arial" or "helvetica" or "liberationsans" or "arimo" or "nimbussans" or "calibri" or "carlito" => Arial,
            "timesnewroman" or "times" or "liberationserif" or "tinos" or "nimbusroman" => Times,
            _ => Wide,
        };
    }

    /// <summary>The advance width of a character, in thousandths of an em, before <see cref="ScalePercent"/>.</summary>
    public int Width(char c) => width(c);

    private static int ArialWidth(char c) => c switch
    {
        'i' or 'j' or 'l' or '|' or '\'' => 222,
        ' ' or '.' or ',' or ':' or ';' or '!' or 'f' or 't' or 'I' or '/' or '\\' or '[' or ']' => 278,
        'r' or '(' or ')' or '-' or '"' => 333,
        'c' or 'k' or 's' or 'v' or 'x' or 'y' or 'z' or 'J' => 500,
        >= '0' and <= '9' or '£' or '$' or 'a' or 'b' or 'd' or 'e' or 'g' or 'h' or 'n' or 'o' or 'p' or 'q' or 'u' or 'L' or '_' => 556,
        'F' or 'T' or 'Z' => 611,
        'A' or 'B' or 'E' or 'K' or 'P' or 'S' or 'V' or 'X' or 'Y' or '&' => 667,
        'C' or 'D' or 'H' or 'N' or 'R' or 'U' or 'w' => 722,
        'G' or 'O' or 'Q' => 778,
        'm' or 'M' or '%' => 833,
        'W' => 944,
        '\u2212' or '\u2013' => 556,
        '\u2014' => 1000,
        _ => 600,
    };

    // Liberation Serif's advance widths (metric-compatible with Times New Roman), thousandths of an em.
    private static int TimesWidth(char c) => c switch
    {
        '|' or '\'' => 200,
        ' ' or '.' or ',' => 250,
        'i' or 'j' or 'l' or 't' or ':' or ';' or '/' or '\\' => 278,
        'f' or 'r' or 'I' or '(' or ')' or '[' or ']' or '-' or '!' or '\u2019' => 333,
        's' or 'J' => 389,
        '"' => 408,
        'a' or 'c' or 'e' or 'z' or '?' or '\u201C' or '\u201D' => 444,
        >= '0' and <= '9' or '£' or '$' or '#' or '*' or '_' or 'b' or 'd' or 'g' or 'h' or 'k' or 'n' or 'o' or 'p' or 'q' or 'u' or 'v' or 'x' or 'y' or '\u2013' => 500,
        'F' or 'P' or 'S' => 556,
        '+' or '<' or '=' or '>' or '\u2212' => 564,
        'E' or 'L' or 'T' or 'Z' => 611,
        'B' or 'C' or 'R' => 667,
        'A' or 'D' or 'G' or 'H' or 'K' or 'N' or 'O' or 'Q' or 'U' or 'V' or 'X' or 'Y' or 'w' => 722,
        'm' or '&' => 778,
        '%' => 833,
        'M' => 889,
        'W' => 944,
        '\u2014' => 1000,
        _ => 600,
    };
}
