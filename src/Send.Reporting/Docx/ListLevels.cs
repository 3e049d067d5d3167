using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Docx;

/// <summary>The number format a list's marker asks for: <c>1.</c>, <c>1)</c>, <c>a)</c>, <c>A.</c>, <c>i)</c>, <c>I.</c>.</summary>
/// <param name="Kind">The Markdig bullet type: '1', 'a', 'A', 'i' or 'I'.</param>
/// <param name="Delimiter">'.' or ')'.</param>
internal readonly record struct ListMarker(char Kind, char Delimiter)
{
    public NumberFormatValues Format => Kind switch
    {
        'a' => NumberFormatValues.LowerLetter,
        'A' => NumberFormatValues.UpperLetter,
        'i' => NumberFormatValues.LowerRoman,
        'I' => NumberFormatValues.UpperRoman,
        _ => NumberFormatValues.Decimal,
    };

    public string FormatName => Kind switch
    {
        'a' => "lowerLetter",
        'A' => "upperLetter",
        'i' => "lowerRoman",
        'I' => "upperRoman",
        _ => "decimal",
    };
}

/// <summary>
/// The house style's list level definitions, read from its numbering part once per render when a list needs one
/// redefined: a level keeps the house style's indents and fonts and takes the number format of the marker written.
/// </summary>
internal sealed class ListLevels
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly Dictionary<(int, int), XElement> levels = new();

    public ListLevels(byte[]? numberingXml)
    {
        if (numberingXml is null)
        {
            return;
        }

        var root = XDocument.Load(new MemoryStream(numberingXml)).Root;
        foreach (var abstractNum in root?.Elements(W + "abstractNum") ?? Enumerable.Empty<XElement>())
        {
            if (!int.TryParse((string?)abstractNum.Attribute(W + "abstractNumId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            foreach (var lvl in abstractNum.Elements(W + "lvl"))
            {
                if (int.TryParse((string?)lvl.Attribute(W + "ilvl"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
                {
                    levels.TryAdd((id, level), lvl);
                }
            }
        }
    }

    /// <summary>The level redefined for <paramref name="marker"/>, or null when the house style already numbers it so (or has no such level).</summary>
    public Level? Redefine(int abstractNum, int level, ListMarker marker, int start)
    {
        if (!levels.TryGetValue((abstractNum, level), out var lvl))
        {
            return null;
        }

        var text = "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + marker.Delimiter;
        var format = (string?)lvl.Element(W + "numFmt")?.Attribute(W + "val");
        var written = (string?)lvl.Element(W + "lvlText")?.Attribute(W + "val");
        if (format == marker.FormatName && written == text)
        {
            return null;
        }

        var copy = new XElement(lvl);
        copy.Element(W + "start")?.SetAttributeValue(W + "val", start.ToString(CultureInfo.InvariantCulture));
        copy.Element(W + "numFmt")?.SetAttributeValue(W + "val", marker.FormatName);
        copy.Element(W + "lvlText")?.SetAttributeValue(W + "val", text);
        copy.Element(W + "pStyle")?.Remove();
        return new Level(copy.ToString(SaveOptions.DisableFormatting));
    }
}
