using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Send.Reporting.Charts;
using Send.Reporting.Docx;

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
    private static readonly Lazy<HouseStyle> DefaultStyle = new(LoadDefault);
    private readonly PackageBuilder package;
    private readonly Dictionary<string, int> listAbstractNums;
    private readonly Dictionary<string, (int NumId, int Level)> styleNumbering;
    private Document documentShell = null!;
    private SectionProperties? sectionTemplate;
    private Numbering numberingTemplate = null!;

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
        // Read as a zip first: its problems (missing parts, macros) are clearer than the SDK's exceptions.
        var template = HouseStylePackage.Read(docx, source);
        try
        {
            using var stream = new MemoryStream(docx, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart ?? throw new DataException(new[] { Problem(source, "the house style has no main document part; expected a Word .docx") });
            var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>().ToList() ?? new List<Style>();
            var ids = new HashSet<string>(styles.Select(s => s.StyleId?.Value).OfType<string>(), StringComparer.Ordinal);
            var problems = StyleIds.Required
                .Where(id => !ids.Contains(id))
                .Select(id => Problem(source, $"required style '{id}' is missing") with { Field = "styles", Value = id, Expected = "a style with this w:styleId (see docs/house-style.md)" })
                .ToList();

            var numbering = main.NumberingDefinitionsPart?.Numbering;
            var abstractByNum = numbering?.Elements<NumberingInstance>()
                .Where(n => n.NumberID?.Value is not null && n.AbstractNumId?.Val?.Value is not null)
                .GroupBy(n => n.NumberID!.Value)
                .ToDictionary(g => g.Key, g => g.First().AbstractNumId!.Val!.Value) ?? new Dictionary<int, int>();
            var lists = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var listStyle in StyleIds.ListStyles.Where(ids.Contains))
            {
                var numId = styles.First(s => s.StyleId?.Value == listStyle).StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
                if (numId is int id && abstractByNum.TryGetValue(id, out var abstractId))
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

            var headerFill = styles.FirstOrDefault(s => s.StyleId?.Value == StyleIds.ReportTable)?
                .Elements<TableStyleProperties>().FirstOrDefault(p => p.Type?.Value == TableStyleOverrideValues.FirstRow)?
                .GetFirstChild<TableStyleConditionalFormattingTableCellProperties>()?.GetFirstChild<Shading>()?.Fill?.Value;
            var styleNumbering = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            foreach (var style in styles)
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                if (style.StyleId?.Value is string styleId && numPr?.NumberingId?.Val?.Value is int styleNumId && styleNumId != 0)
                {
                    styleNumbering[styleId] = (styleNumId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
                }
            }

            // Parsed once here and cloned for each render: parsing document.xml and numbering.xml is most of the cost of
            // a small report.
            var shell = (Document)main.Document!.CloneNode(true);
            var body = shell.Body ?? shell.AppendChild(new Body());
            var section = body.Elements<SectionProperties>().LastOrDefault();
            body.RemoveAllChildren();
            var numberingTemplate = (Numbering?)main.NumberingDefinitionsPart?.Numbering?.CloneNode(true) ?? new Numbering();

            return new HouseStyle(source, template.Package, ids, lists, styleNumbering, ReadPalette(main), RagPalette.IsColour(headerFill) ? headerFill : null)
            {
                documentShell = shell,
                sectionTemplate = section,
                numberingTemplate = numberingTemplate,
                MainPartName = template.MainPartName,
                NumberingPartName = template.NumberingPartName,
                ChartStyle = ChartStyle.FromDocument(main),
            };
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new DataException(new[] { Problem(source, "the house style is not a readable Word document: " + ex.Message) with { Expected = "a .docx file" } });
        }
    }

    /// <summary>The abstract numbering a list style's items use.</summary>
    internal int ListAbstractNum(string listStyle) => listAbstractNums[listStyle];

    /// <summary>
    /// The numbering a paragraph style carries (numId and level), if any. Headings repeat it on the paragraph: some
    /// viewers (LibreOffice) number only one style per list level from the style alone.
    /// </summary>
    internal bool TryGetStyleNumbering(string styleId, out (int NumId, int Level) numbering) => styleNumbering.TryGetValue(styleId, out numbering);

    /// <summary>A copy of the reference document's root with an empty body (its namespaces and settings kept).</summary>
    internal Document CreateDocumentShell() => (Document)documentShell.CloneNode(true);

    /// <summary>A copy of the reference document's final section properties (page size, margins, header and footer references), or null.</summary>
    internal SectionProperties? CreateSection() => (SectionProperties?)sectionTemplate?.CloneNode(true);

    /// <summary>A copy of the reference document's numbering definitions.</summary>
    internal Numbering CreateNumbering() => (Numbering)numberingTemplate.CloneNode(true);

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

    private static RagPalette ReadPalette(MainDocumentPart main)
    {
        var variables = main.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentVariables>()?.Elements<DocumentVariable>()
            .Where(v => v.Name?.Value is not null)
            .GroupBy(v => v.Name!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Val?.Value, StringComparer.Ordinal) ?? new Dictionary<string, string?>();
        string Fill(RagStatus status) =>
            variables.TryGetValue(RagPalette.VariableName(status), out var value) && RagPalette.IsColour(value) ? value! : RagPalette.Default.Fill(status);
        return new RagPalette(Fill(RagStatus.Red), Fill(RagStatus.Amber), Fill(RagStatus.Green));
    }

    private static DataProblem Problem(string source, string message) => new(source, message) { Code = "SEND-HOUSE-STYLE" };
}
