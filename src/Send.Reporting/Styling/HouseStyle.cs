using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Send.Reporting.Charts;
using Send.Reporting.Docx;
using A = DocumentFormat.OpenXml.Drawing;

namespace Send.Reporting.Styling;

/// <summary>
/// A council's house style: a reference .docx whose styles, numbering, theme, fonts, headers, footers, settings and
/// page setup every report takes, the way pandoc's <c>--reference-doc</c> works. The body of the reference document
/// is discarded.
/// </summary>
/// <remarks>
/// <para>
/// Loading checks that every style in <see cref="StyleIds.Required"/> is defined and that each list style carries
/// numbering; all missing pieces are reported together as a <see cref="DataException"/>. The RAG palette is read
/// from the document variables described in <see cref="RagPalette"/>.
/// </para>
/// <para>Instances are immutable and thread-safe; load once and reuse.</para>
/// </remarks>
public sealed class HouseStyle
{
    private const string DefaultResourceName = "Send.Reporting.house-style.docx";
    private const string StylesRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private const string SettingsRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    private const string ThemeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly Lazy<HouseStyle> DefaultStyle = new(LoadDefault);
    private readonly PackageBuilder package;
    private readonly Dictionary<string, int> listAbstractNums;
    private readonly Dictionary<string, (int NumId, int Level)> styleNumbering;

    private HouseStyle(string source, PackageBuilder package, IReadOnlySet<string> styleIds, Dictionary<string, int> listAbstractNums, Dictionary<string, (int NumId, int Level)> styleNumbering, RagPalette palette, string? tableHeaderFill)
    {
        this.styleNumbering = styleNumbering;
        Source = source;
        this.package = package;
        StyleIdsDefined = styleIds;
        this.listAbstractNums = listAbstractNums;
        Palette = palette;
        TableHeaderFill = tableHeaderFill;
    }

    /// <summary>Send's default house style: <c>templates/house-style/house-style.docx</c>, which is <see cref="HouseStyleBuilder"/>'s output (a test keeps the two the same), embedded in this assembly.</summary>
    public static HouseStyle Default => DefaultStyle.Value;

    /// <summary>Where the style came from, as the caller named it.</summary>
    public string Source { get; }

    /// <summary>Every style id the reference document defines.</summary>
    public IReadOnlySet<string> StyleIdsDefined { get; }

    /// <summary>The RAG palette.</summary>
    public RagPalette Palette { get; }

    /// <summary>The header-row fill of the table style, if it has one; applied to header cells so every viewer shows it.</summary>
    public string? TableHeaderFill { get; }

    /// <summary>Loads a reference .docx from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The house style.</returns>
    /// <exception cref="DataException">The file cannot be read, is not a Word document, or lacks required styles (all listed).</exception>
    public static HouseStyle Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataException(new[] { Problem(path, "the house style could not be read: " + ex.Message) });
        }

        return Load(bytes, path);
    }

    /// <summary>Loads a reference .docx from bytes.</summary>
    /// <param name="docx">The document.</param>
    /// <param name="source">The name to use in problems.</param>
    /// <returns>The house style.</returns>
    /// <exception cref="DataException">The bytes are not a Word document, or required styles are missing (all listed).</exception>
    public static HouseStyle Load(byte[] docx, string source)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(source);
        // The reference document is read as a zip and its parts as XML, not through System.IO.Packaging and the SDK's
        // typed DOM: at start-up that was most of the cost of a render. A render copies the document's root and final
        // section and the numbering definitions as written (ReferencePartWriter); only a theme becomes SDK elements.
        var template = HouseStylePackage.Read(docx, source);
        var parts = new HouseStyleParts(template.Package, template.MainPartName, source);
        var styles = parts.RelatedXml(StylesRelationshipType)?.Root?.Elements(W + "style").ToList() ?? new List<XElement>();
        var ids = new HashSet<string>(styles.Select(s => (string?)s.Attribute(W + "styleId")).OfType<string>(), StringComparer.Ordinal);
        var problems = StyleIds.Required
            .Where(id => !ids.Contains(id))
            .Select(id => Problem(source, $"required style '{id}' is missing") with { Field = "styles", Value = id, Expected = "a style with this w:styleId (see docs/house-style.md)" })
            .ToList();

        var numbering = template.NumberingPartName is string numberingPart ? parts.Xml(numberingPart) : null;
        var abstractByNum = new Dictionary<int, int>();
        var lastNumId = 0;
        foreach (var num in numbering?.Root?.Elements(W + "num") ?? Enumerable.Empty<XElement>())
        {
            if (int.TryParse((string?)num.Attribute(W + "numId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var numId))
            {
                lastNumId = Math.Max(lastNumId, numId);
                if (IntValue(num.Element(W + "abstractNumId")) is int abstractNumId)
                {
                    abstractByNum.TryAdd(numId, abstractNumId);
                }
            }
        }

        var styleNumbering = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var style in styles)
        {
            var numPr = style.Element(W + "pPr")?.Element(W + "numPr");
            if ((string?)style.Attribute(W + "styleId") is string styleId && IntValue(numPr?.Element(W + "numId")) is int styleNumId && styleNumId != 0)
            {
                styleNumbering[styleId] = (styleNumId, IntValue(numPr!.Element(W + "ilvl")) ?? 0);
            }
        }

        var lists = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var listStyle in StyleIds.ListStyles.Where(ids.Contains))
        {
            if (styleNumbering.TryGetValue(listStyle, out var numbered) && abstractByNum.TryGetValue(numbered.Item1, out var abstractId))
            {
                lists[listStyle] = abstractId;
            }
            else
            {
                problems.Add(Problem(source, $"list style '{listStyle}' has no numbering") with { Field = "styles", Value = listStyle, Expected = "w:numPr in the style's paragraph properties naming a w:num in numbering.xml" });
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        var headerFill = (string?)styles.FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == StyleIds.ReportTable)?
            .Elements(W + "tblStylePr").FirstOrDefault(p => (string?)p.Attribute(W + "type") == "firstRow")?
            .Element(W + "tcPr")?.Element(W + "shd")?.Attribute(W + "fill");

        var section = parts.Xml(template.MainPartName).Root?.Element(W + "body")?.Elements(W + "sectPr").LastOrDefault();
        var theme = parts.Element(parts.Related(ThemeRelationshipType), xml => new A.Theme(xml));

        return new HouseStyle(source, template.Package, ids, lists, styleNumbering, ReadPalette(parts.RelatedXml(SettingsRelationshipType)), RagPalette.IsColour(headerFill) ? headerFill : null)
        {
            DocumentXml = template.Package.PartBytes(template.MainPartName)!,
            NumberingXml = template.NumberingPartName is null ? null : template.Package.PartBytes(template.NumberingPartName),
            FirstListNumberingId = lastNumId + 1,
            TextWidth = TextWidthOf(section),
            MainPartName = template.MainPartName,
            NumberingPartName = template.NumberingPartName,
            ChartStyle = theme is null ? ChartStyle.Fallback : ChartStyle.FromTheme(theme),
        };
    }

    /// <summary>The abstract numbering a list style's items use.</summary>
    internal int ListAbstractNum(string listStyle) => listAbstractNums[listStyle];

    /// <summary>
    /// The numbering a paragraph style carries (numId and level), if any. Headings repeat it on the paragraph: some
    /// viewers (LibreOffice) number only one style per list level from the style alone.
    /// </summary>
    internal bool TryGetStyleNumbering(string styleId, out (int NumId, int Level) numbering) => styleNumbering.TryGetValue(styleId, out numbering);

    /// <summary>The reference document's main part as written; a render keeps its root and final section properties and replaces the body.</summary>
    internal byte[] DocumentXml { get; private init; } = Array.Empty<byte>();

    /// <summary>The reference document's numbering part as written, or null when it has none.</summary>
    internal byte[]? NumberingXml { get; private init; }

    /// <summary>The first numbering id (<c>w:num/@w:numId</c>) free for a render's list instances.</summary>
    internal int FirstListNumberingId { get; private init; } = 1;

    /// <summary>The width available for content on the reference document's final section's page, in twips.</summary>
    internal int TextWidth { get; private init; }

    /// <summary>Gets the fonts and colours charts take from the reference document's theme (<see cref="ChartStyle.Fallback"/> when it has none).</summary>
    public ChartStyle ChartStyle { get; private init; } = ChartStyle.Fallback;

    /// <summary>The main document part's name in the package, for example <c>word/document.xml</c>.</summary>
    internal string MainPartName { get; private init; } = "word/document.xml";

    /// <summary>The numbering part's name, or null when the reference document has none (the renderer adds one).</summary>
    internal string? NumberingPartName { get; private init; }

    /// <summary>A new package holding every part of the reference document; the render replaces the main document and numbering parts and adds its own.</summary>
    internal PackageBuilder CreatePackage() => package.Clone();

    private static HouseStyle LoadDefault()
    {
        using var resource = typeof(HouseStyle).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException("The default house style is not embedded in Send.Reporting (resource " + DefaultResourceName + ").");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return Load(copy.ToArray(), "<default house style>");
    }

    private static RagPalette ReadPalette(XDocument? settings)
    {
        var variables = settings?.Root?.Element(W + "docVars")?.Elements(W + "docVar")
            .Where(v => v.Attribute(W + "name") is not null)
            .GroupBy(v => (string)v.Attribute(W + "name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute(W + "val"), StringComparer.Ordinal) ?? new Dictionary<string, string?>();
        string Fill(RagStatus status) =>
            variables.TryGetValue(RagPalette.VariableName(status), out var value) && RagPalette.IsColour(value) ? value! : RagPalette.Default.Fill(status);
        return new RagPalette(Fill(RagStatus.Red), Fill(RagStatus.Amber), Fill(RagStatus.Green));
    }

    private static int TextWidthOf(XElement? section)
    {
        static int Twips(XElement? element, string attribute, int fallback) =>
            int.TryParse((string?)element?.Attribute(W + attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
        var size = section?.Element(W + "pgSz");
        var margin = section?.Element(W + "pgMar");
        return Math.Max(2000, Twips(size, "w", 11906) - Twips(margin, "left", 1134) - Twips(margin, "right", 1134));
    }

    private static int? IntValue(XElement? element) =>
        int.TryParse((string?)element?.Attribute(W + "val"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DataProblem Problem(string source, string message) => new(source, message) { Code = "SEND-HOUSE-STYLE" };
}
