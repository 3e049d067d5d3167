using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;

namespace Send.Reporting.Charts;

/// <summary>
/// The fonts and colours a chart takes from the house style: the theme's body (minor) font, its dark text colour and
/// its six accent colours for the series, in order.
/// </summary>
/// <remarks>
/// Templates never name a colour or font; a council's reference .docx decides them through its theme, as Word's own
/// charts do. <see cref="FromDocument"/> reads them; <see cref="Fallback"/> is used only for a document without a
/// theme part (Word's defaults: Calibri and the Office accents are not used, because Send's house style is Arial).
/// Immutable; colours are six-digit hex RGB strings without '#'.
/// </remarks>
public sealed class ChartStyle
{
    /// <summary>Creates a chart style.</summary>
    /// <param name="fontName">The typeface for every chart text.</param>
    /// <param name="textColour">The colour of titles, labels and the legend (hex RRGGBB).</param>
    /// <param name="seriesColours">At least one series colour (hex RRGGBB), used in turn.</param>
    /// <exception cref="ArgumentException">A colour is not six hex digits, or there are no series colours.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ChartStyle(string fontName, string textColour, IEnumerable<string> seriesColours)
    {
        ArgumentNullException.ThrowIfNull(fontName);
        ArgumentNullException.ThrowIfNull(textColour);
        ArgumentNullException.ThrowIfNull(seriesColours);
        FontName = fontName;
        TextColour = CheckHex(textColour);
        SeriesColours = seriesColours.Select(CheckHex).ToArray();
        if (SeriesColours.Count == 0)
        {
            throw new ArgumentException("A chart style needs at least one series colour.", nameof(seriesColours));
        }
    }

    /// <summary>Gets the style used when a document has no theme: Arial, near-black text, a dark-blue-first palette.</summary>
    public static ChartStyle Fallback { get; } = new(
        "Arial",
        "262626",
        new[] { "1F4E79", "C55A11", "548235", "7F6000", "7030A0", "2E75B6" });

    /// <summary>Gets the typeface.</summary>
    public string FontName { get; }

    /// <summary>Gets the text colour (hex RRGGBB).</summary>
    public string TextColour { get; }

    /// <summary>Gets the series colours (hex RRGGBB), used in turn.</summary>
    public IReadOnlyList<string> SeriesColours { get; }

    /// <summary>Gets the colour of the series at <paramref name="index"/>, cycling through the palette.</summary>
    /// <param name="index">The zero-based series index.</param>
    /// <returns>A hex RRGGBB colour.</returns>
    public string SeriesColour(int index) => SeriesColours[index % SeriesColours.Count];

    /// <summary>Reads the chart style from a document's theme (minor Latin font, dk1 text colour, accent1..accent6).</summary>
    /// <param name="mainPart">The main document part of the house-style (or output) document.</param>
    /// <returns>The style; <see cref="Fallback"/> when the document has no theme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mainPart"/> is null.</exception>
    internal static ChartStyle FromDocument(MainDocumentPart mainPart)
    {
        ArgumentNullException.ThrowIfNull(mainPart);
        var theme = mainPart.ThemePart?.Theme;
        return theme is null ? Fallback : FromTheme(theme);
    }

    /// <summary>Reads the chart style from a DrawingML theme.</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The style; parts the theme lacks come from <see cref="Fallback"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="theme"/> is null.</exception>
    internal static ChartStyle FromTheme(A.Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var elements = theme.ThemeElements;
        var font = elements?.FontScheme?.MinorFont?.LatinFont?.Typeface?.Value;
        var scheme = elements?.ColorScheme;
        var text = scheme?.Dark1Color is { } dk1 ? ColourOf(dk1) : null;
        var accents = new[]
        {
            scheme?.Accent1Color is { } a1 ? ColourOf(a1) : null,
            scheme?.Accent2Color is { } a2 ? ColourOf(a2) : null,
            scheme?.Accent3Color is { } a3 ? ColourOf(a3) : null,
            scheme?.Accent4Color is { } a4 ? ColourOf(a4) : null,
            scheme?.Accent5Color is { } a5 ? ColourOf(a5) : null,
            scheme?.Accent6Color is { } a6 ? ColourOf(a6) : null,
        }.Where(c => c is not null).Select(c => c!).ToArray();

        return new ChartStyle(
            string.IsNullOrWhiteSpace(font) ? Fallback.FontName : font!,
            text ?? Fallback.TextColour,
            accents.Length == 0 ? Fallback.SeriesColours : accents);
    }

    private static string? ColourOf(DocumentFormat.OpenXml.OpenXmlCompositeElement colour)
    {
        var rgb = colour.GetFirstChild<A.RgbColorModelHex>()?.Val?.Value;
        if (rgb is not null)
        {
            return rgb;
        }

        // Theme dark/light colours are often system colours (windowText) with a last-used RGB value.
        return colour.GetFirstChild<A.SystemColor>()?.LastColor?.Value;
    }

    private static string CheckHex(string colour)
    {
        if (colour.Length != 6 || !int.TryParse(colour, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"'{colour}' is not a colour; expected six hex digits such as 1F4E79.", nameof(colour));
        }

        return colour.ToUpperInvariant();
    }
}
