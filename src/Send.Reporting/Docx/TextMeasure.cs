namespace Send.Reporting.Docx;

/// <summary>
/// The width of text in the house font (<see cref="FontMetrics"/>), for sizing table columns so that no word is split.
/// </summary>
internal static class TextMeasure
{
    /// <summary>Arial's advance width of a character, in thousandths of an em.</summary>
    public static int Width(char c) => FontMetrics.Arial.Width(c);

    /// <summary>The width of <paramref name="text"/> in Arial, in twips at <paramref name="halfPoints"/> (24 for 12 pt).</summary>
    public static int Twips(string text, int halfPoints, bool bold) => Twips(text, halfPoints, bold, FontMetrics.Arial);

    /// <summary>The width of <paramref name="text"/> in a font, in twips at <paramref name="halfPoints"/> (24 for 12 pt).</summary>
    public static int Twips(string text, int halfPoints, bool bold, FontMetrics font)
    {
        long total = 0;
        foreach (var c in text)
        {
            total += font.Width(c);
        }

        // twips = thousandths of an em x (size in points x 20) / 1000, scaled for a font whose widths are estimated, wider in bold.
        var twips = total * halfPoints * 10 / 1000 * font.ScalePercent / 100;
        return (int)(bold ? twips * font.BoldPercent / 100 : twips);
    }
}
