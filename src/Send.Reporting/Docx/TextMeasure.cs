namespace Send.Reporting.Docx;

/// <summary>
/// The width of text in Arial (the default house font) in thousandths of an em, from Arial's advance widths, for
/// sizing table columns so that no word is split. Bold text is about 7% wider. For other house fonts of similar
/// width (Calibri, Verdana is wider) the estimate errs on the wide side for Calibri and may be short for Verdana.
/// </summary>
internal static class TextMeasure
{
    /// <summary>Arial's advance width of a character, in thousandths of an em.</summary>
    public static int Width(char c) => c switch
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

    /// <summary>The width of <paramref name="text"/> in twips at <paramref name="halfPoints"/> (24 for 12 pt).</summary>
    public static int Twips(string text, int halfPoints, bool bold)
    {
        long total = 0;
        foreach (var c in text)
        {
            total += Width(c);
        }

        // twips = thousandths of an em x (size in points x 20) / 1000; bold adds 7%.
        var twips = total * halfPoints * 10 / 1000;
        return (int)(bold ? twips * 107 / 100 : twips);
    }
}
