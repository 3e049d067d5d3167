using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
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
/// Loading takes a .docx, a Word template (.dotx), a macro-enabled document (.docm, .dotm; its macros are removed) or
/// a previous committee paper (its body, and the images, charts and notes only the body used, are left behind). It
/// bounds the file's decompressed size (<see cref="HouseStyleLimits"/>), removes what must not travel into reports
/// (<see cref="Stripped"/>), checks the remaining parts with the Open XML validator (an invalid part is a problem
/// naming the part, the element and its line), and matches the document's styles to Send's
/// (<see cref="StyleIds.Contract"/>): by id, then by display name or alias, case-insensitively; what is missing is
/// supplied from Send's defaults based on the document's own Normal and heading fonts (<see cref="Styles"/>), with
/// one warning listing them (<see cref="Warnings"/>), unless <see cref="HouseStyleOptions.RequireAllStyles"/>.
/// The RAG palette is read from the document variables described in <see cref="RagPalette"/>.
/// </para>
/// <para>Instances are immutable and thread-safe; load once and reuse.</para>
/// </remarks>
public sealed class HouseStyle
{
    private const string DefaultResourceName = "Send.Reporting.house-style.docx";
    private const string StylesRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private const string SettingsRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    private const string ThemeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
    private const string NumberingRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private const string StylesContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private const string NumberingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
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

    /// <summary>How each style Send uses was provided: found by id, matched by name, or supplied from Send's defaults (the contract's order).</summary>
    public IReadOnlyList<StyleMatch> Styles { get; private init; } = Array.Empty<StyleMatch>();

    /// <summary>What was removed from the reference document because it must not travel into reports (each also a warning).</summary>
    public IReadOnlyList<StrippedContent> Stripped { get; private init; } = Array.Empty<StrippedContent>();

    /// <summary>
    /// Warnings to show whoever chose the house style: one per thing stripped, one listing the styles supplied, and
    /// any repairs; empty for a house style that has everything and nothing unsafe.
    /// </summary>
    public IReadOnlyList<DataProblem> Warnings { get; private init; } = Array.Empty<DataProblem>();

    /// <summary>Loads a reference document (.docx, .dotx, .docm or a previous committee paper) from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Strictness and limits; <see cref="HouseStyleOptions.Default"/> when null.</param>
    /// <returns>The house style.</returns>
    /// <exception cref="DataException">The file cannot be read, is over a limit, is not a Word document, has an invalid part, or (with <see cref="HouseStyleOptions.RequireAllStyles"/>) lacks styles; every problem listed.</exception>
    public static HouseStyle Load(string path, HouseStyleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= HouseStyleOptions.Default;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.Limits.MaxBytes)
            {
                throw new DataException(new[] { Problem(path, $"the house style is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {options.Limits.MaxBytes.ToString(CultureInfo.InvariantCulture)}") with { Expected = "a Word document within HouseStyleLimits.MaxBytes" } });
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DataException(new[] { Problem(path, "the house style could not be read: " + ex.Message) });
        }

        return Load(bytes, path, options);
    }

    /// <summary>Loads a reference document from bytes.</summary>
    /// <param name="docx">The document.</param>
    /// <param name="source">The name to use in problems.</param>
    /// <param name="options">Strictness and limits; <see cref="HouseStyleOptions.Default"/> when null.</param>
    /// <returns>The house style.</returns>
    /// <exception cref="DataException">The bytes are over a limit, are not a Word document, have an invalid part, or (with <see cref="HouseStyleOptions.RequireAllStyles"/>) lack styles; every problem listed.</exception>
    public static HouseStyle Load(byte[] docx, string source, HouseStyleOptions? options = null) => Load(docx, source, options ?? HouseStyleOptions.Default, validate: true);

    private static HouseStyle Load(byte[] docx, string source, HouseStyleOptions options, bool validate)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(source);
        // The reference document is read as a zip and its parts as XML, not through System.IO.Packaging and the SDK's
        // typed DOM: at start-up that was most of the cost of a render. A render copies the document's root and final
        // section and the numbering definitions as written (ReferencePartWriter); only a theme becomes SDK elements.
        var stripped = new List<StrippedContent>();
        var (package, mainPart, _) = HouseStylePackage.Read(docx, source, options.Limits, stripped);
        HouseStyleSanitizer.Sanitize(package, mainPart, stripped);
        var warnings = stripped.Where(s => s.IsUnsafe).Select(s => Problem(source, "removed " + s.What) with { Field = s.PartName, Severity = DataProblemSeverity.Warning }).ToList();
        if (validate)
        {
            warnings.AddRange(HouseStyleValidation.Check(package, mainPart, source));
        }

        var parts = new HouseStyleParts(package, mainPart, source);
        var stylesPart = parts.Related(StylesRelationshipType);
        var numberingPart = parts.Related(NumberingRelationshipType);
        var resolver = StyleResolver.Resolve(stylesPart is null ? null : parts.Xml(stylesPart), numberingPart is null ? null : parts.Xml(numberingPart), source, options);
        if (resolver.Problems.Count > 0)
        {
            throw new DataException(resolver.Problems);
        }

        if (resolver.StylesChanged)
        {
            stylesPart ??= AddPart(package, mainPart, "styles", StylesRelationshipType);
            package.SetPart(stylesPart, StylesContentType, HouseStyleSanitizer.Serialize(resolver.Styles));
        }

        if (resolver.NumberingChanged)
        {
            numberingPart ??= AddPart(package, mainPart, "numbering", NumberingRelationshipType);
            package.SetPart(numberingPart, NumberingContentType, HouseStyleSanitizer.Serialize(resolver.Numbering!));
        }

        if (package.FindBrokenRelationship() is var (brokenSource, brokenId, brokenTarget))
        {
            throw new DataException(new[]
            {
                Problem(source, $"relationship '{brokenId}' of '{brokenSource}' points at '{brokenTarget}', which is not in the document")
                    with { Field = brokenSource, Value = brokenTarget, Expected = "a Word document whose parts are all present (open and re-save it in Word)" },
            });
        }

        var supplied = resolver.Matches.Where(m => m.Kind == StyleMatchKind.Supplied).Select(m => m.StyleId).ToList();
        if (supplied.Count > 0)
        {
            warnings.Add(Problem(source, $"the house style lacks {supplied.Count.ToString(CultureInfo.InvariantCulture)} of the {StyleIds.Contract.Count.ToString(CultureInfo.InvariantCulture)} styles Send uses; Send's were supplied, based on its own Normal and heading fonts: {string.Join(", ", supplied)}")
                with { Field = "styles", Severity = DataProblemSeverity.Warning, Expected = "these styles in the house style (by id or name, see docs/house-style.md) to control how they look; --strict-house-style refuses a house style without them" });
        }

        if (resolver.ListsGivenNumbering.Count > 0)
        {
            warnings.Add(Problem(source, "list styles without numbering were given Send's: " + string.Join(", ", resolver.ListsGivenNumbering)) with { Field = "styles", Severity = DataProblemSeverity.Warning });
        }

        var styles = resolver.Styles.Root!.Elements(W + "style").ToList();
        var byId = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var style in styles)
        {
            if ((string?)style.Attribute(W + "styleId") is string id)
            {
                byId.TryAdd(id, style);
            }
        }

        var numbering = resolver.Numbering;
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

        // Numbering and the table header fill are read through basedOn: a style matched by name is Send's id based on the match.
        var styleNumbering = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var id in StyleIds.Required)
        {
            var numPr = Inherited(byId, id, style => style.Element(W + "pPr")?.Element(W + "numPr"));
            if (IntValue(numPr?.Element(W + "numId")) is int styleNumId && styleNumId != 0)
            {
                styleNumbering[id] = (styleNumId, IntValue(numPr!.Element(W + "ilvl")) ?? 0);
            }
        }

        var lists = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var listStyle in StyleIds.ListStyles)
        {
            if (styleNumbering.TryGetValue(listStyle, out var numbered) && abstractByNum.TryGetValue(numbered.Item1, out var abstractId))
            {
                lists[listStyle] = abstractId;
            }
        }

        var headerFill = (string?)Inherited(byId, StyleIds.ReportTable, style => style
            .Elements(W + "tblStylePr").FirstOrDefault(p => (string?)p.Attribute(W + "type") == "firstRow")?
            .Element(W + "tcPr")?.Element(W + "shd"))?.Attribute(W + "fill");

        var section = parts.Xml(mainPart).Root?.Element(W + "body")?.Elements(W + "sectPr").LastOrDefault();
        var theme = parts.Element(parts.Related(ThemeRelationshipType), xml => new A.Theme(xml));

        // The font table cells are set in: TableText's (through basedOn), else the document default; a theme font by its theme name.
        var defaults = resolver.Styles.Root!.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");
        var fonts = Inherited(byId, StyleIds.TableText, style => style.Element(W + "rPr")?.Element(W + "rFonts")) ?? defaults?.Element(W + "rFonts");
        var tableFont = (string?)fonts?.Attribute(W + "ascii") ?? ((string?)fonts?.Attribute(W + "asciiTheme") switch
        {
            "majorHAnsi" or "majorAscii" => theme?.ThemeElements?.FontScheme?.MajorFont?.LatinFont?.Typeface?.Value,
            "minorHAnsi" or "minorAscii" => theme?.ThemeElements?.FontScheme?.MinorFont?.LatinFont?.Typeface?.Value,
            _ => null,
        });
        var tableSize = IntValue(Inherited(byId, StyleIds.TableText, style => style.Element(W + "rPr")?.Element(W + "sz")) ?? defaults?.Element(W + "sz"));

        return new HouseStyle(source, package, new HashSet<string>(byId.Keys, StringComparer.Ordinal), lists, styleNumbering, ReadPalette(parts.RelatedXml(SettingsRelationshipType)), RagPalette.IsColour(headerFill) ? headerFill : null)
        {
            DocumentXml = package.PartBytes(mainPart)!,
            NumberingXml = numberingPart is null ? null : package.PartBytes(numberingPart),
            FirstListNumberingId = lastNumId + 1,
            TextWidth = TextWidthOf(section),
            TableFont = tableFont,
            AbstractNumbers = abstractByNum,
            TableFontHalfPoints = tableSize ?? 20,
            MainPartName = mainPart,
            NumberingPartName = numberingPart,
            ChartStyle = theme is null ? ChartStyle.Fallback : ChartStyle.FromTheme(theme),
            Styles = resolver.Matches,
            Stripped = stripped,
            Warnings = warnings,
        };
    }

    /// <summary>The bytes of Send's default house style, as embedded.</summary>
    internal static byte[] DefaultBytes()
    {
        using var resource = typeof(HouseStyle).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException("The default house style is not embedded in Send.Reporting (resource " + DefaultResourceName + ").");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    private static XElement? Inherited(Dictionary<string, XElement> byId, string styleId, Func<XElement, XElement?> property)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = styleId; id is not null && seen.Add(id) && byId.TryGetValue(id, out var style); id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val"))
        {
            if (property(style) is XElement value)
            {
                return value;
            }
        }

        return null;
    }

    private static string AddPart(PackageBuilder package, string mainPart, string stem, string relationshipType)
    {
        var folder = mainPart.Contains('/') ? mainPart.Substring(0, mainPart.LastIndexOf('/')) : string.Empty;
        var name = package.NewPartName(folder, stem, "xml");
        var n = 1;
        while (package.RelationshipsOf(mainPart).Any(r => r.Id == "rIdSend" + stem + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }

        package.SetPart(name, "application/xml", Array.Empty<byte>());
        package.AddRelationship(mainPart, "rIdSend" + stem + n.ToString(CultureInfo.InvariantCulture), relationshipType, name);
        return name;
    }

    /// <summary>The abstract numbering a list style's items use.</summary>
    internal int ListAbstractNum(string listStyle) => listAbstractNums[listStyle];

    private IReadOnlyDictionary<int, int> AbstractNumbers { get; init; } = new Dictionary<int, int>();

    /// <summary>The abstract numbering a numbering instance (<c>w:num</c>) uses, if it has one.</summary>
    internal int? AbstractNumOf(int numId) => AbstractNumbers.TryGetValue(numId, out var abstractNum) ? abstractNum : null;

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

    /// <summary>The font of table text (TableText, else the document default), or null when the house style names none (Word then uses Times New Roman).</summary>
    internal string? TableFont { get; private init; }

    /// <summary>The size of table text in half-points (TableText, else the document default, else Word's 10 pt).</summary>
    internal int TableFontHalfPoints { get; private init; } = 20;

    /// <summary>Gets the fonts and colours charts take from the reference document's theme (<see cref="ChartStyle.Fallback"/> when it has none).</summary>
    public ChartStyle ChartStyle { get; private init; } = ChartStyle.Fallback;

    /// <summary>The main document part's name in the package, for example <c>word/document.xml</c>.</summary>
    internal string MainPartName { get; private init; } = "word/document.xml";

    /// <summary>The numbering part's name, or null when the reference document has none (the renderer adds one).</summary>
    internal string? NumberingPartName { get; private init; }

    /// <summary>A new package holding every part of the reference document; the render replaces the main document and numbering parts and adds its own.</summary>
    internal PackageBuilder CreatePackage() => package.Clone();

    private static HouseStyle LoadDefault() => Load(DefaultBytes(), "<default house style>", HouseStyleOptions.Default, validate: false);

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
