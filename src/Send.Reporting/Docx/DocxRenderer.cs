using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Send.Domain.Validation;
using Send.Reporting.Docx.Renderers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx;

/// <summary>
/// Writes a parsed Markdown document as WordprocessingML in a house style, the way Markdig's HTML renderer writes
/// HTML: one small object renderer per block (<see cref="HeadingRenderer"/>, <see cref="ParagraphRenderer"/>,
/// <see cref="ListRenderer"/>, <see cref="TableRenderer"/>, <see cref="ContainerRenderer"/> for notes, contact and
/// title blocks and page breaks, <see cref="CodeBlockRenderer"/> for fenced blocks such as charts). Every paragraph
/// and table uses a style id from the house style; the only direct formatting is a RAG cell fill from the house
/// style's palette and the header fill copied from its table style.
/// </summary>
/// <remarks>
/// One instance renders one document; it is not thread-safe. Use <see cref="RenderDocument"/>.
/// </remarks>
internal sealed class DocxRenderer : RendererBase
{
    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string NumberingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    private const string NumberingRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private readonly Stack<OpenXmlCompositeElement> containers = new();
    private readonly List<DataProblem> problems = new();
    private readonly List<NumberingInstance> listInstances = new();
    private readonly string source;
    private int nextNumId;
    private int nextRelationship;
    private uint nextDrawing;

    private const string FootnotesContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
    private const string FootnotesRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
    private readonly List<Footnote> footnotes = new();
    private ListLevels? listLevels;
    private int nextBookmark;
    private int nextFigure;
    private string? footnotesPartName;
    private readonly Dictionary<string, int> seriesSlots = new(StringComparer.Ordinal);

    private DocxRenderer(HouseStyle houseStyle, PackageBuilder package, DocxBlockRendererRegistry blocks, string source, int textWidth)
    {
        HouseStyle = houseStyle;
        Package = package;
        BlockRenderers = blocks;
        this.source = source;
        TextWidth = textWidth;
        nextNumId = houseStyle.FirstListNumberingId;
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new ContainerRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());
    }

    public HouseStyle HouseStyle { get; }

    /// <summary>The package being written: the house style's parts plus this render's.</summary>
    public PackageBuilder Package { get; }

    /// <summary>The main document part's name in <see cref="Package"/>.</summary>
    public string MainPartName => HouseStyle.MainPartName;

    /// <summary>The part being written: the main document, or the footnotes while footnotes are written. Hyperlinks and images are related from it.</summary>
    public string CurrentPartName { get; set; } = null!;

    /// <summary>The footnotes part, created (and related from the main document) on first use.</summary>
    public string FootnotesPartName
    {
        get
        {
            if (footnotesPartName is null)
            {
                footnotesPartName = Package.FindRelatedPart(MainPartName, FootnotesRelationshipType);
                if (footnotesPartName is null)
                {
                    var plain = FolderOf(MainPartName) + "/footnotes.xml";
                    footnotesPartName = Package.ContentTypeOf(plain) is null ? plain : Package.NewPartName(FolderOf(MainPartName), "footnotes", "xml");
                    Package.AddRelationship(MainPartName, "rIdSendFootnotes", FootnotesRelationshipType, footnotesPartName);
                }
            }

            return footnotesPartName;
        }
    }


    public DocxBlockRendererRegistry BlockRenderers { get; }

    public int TextWidth { get; }

    /// <summary>Whether body paragraphs are numbered here: after a numbered level-1 or level-2 heading.</summary>
    public bool InNumberedSection { get; set; }

    /// <summary>The style every paragraph gets inside a note, contact block, title block or table cell; null elsewhere.</summary>
    public string? ParagraphStyleOverride { get; set; }

    /// <summary>Inside <c>::: title</c>: headings become the title.</summary>
    public bool InTitleBlock { get; set; }

    /// <summary>The list item being written, if any.</summary>
    public ListState? CurrentList { get; set; }

    /// <summary>The headings and paragraphs that links and cross-references can point to.</summary>
    public AnchorMap Anchors { get; private set; } = null!;

    /// <summary>Whether punctuation is typographic: an apostrophe between letters becomes ’ (SmartyPants leaves it straight).</summary>
    public bool Typographic { get; private init; }

    /// <summary>The folder images are read from (the template's folder), or null when the render has none.</summary>
    public string? ResourceFolder { get; private init; }

    /// <summary>The protective marking (<c>::: marking</c>) written into every page header, or null for none.</summary>
    public string? ProtectiveMarking { get; set; }

    /// <summary>Inside <c>::: appendix</c>: the numbering instance headings and numbered paragraphs use, restarted for the appendix; null elsewhere.</summary>
    public int? SectionNumberingId { get; set; }

    /// <summary>The document's <c>::: appendix</c> blocks in order, found before rendering so that <c>::: appendices</c> can list them wherever it is.</summary>
    public IReadOnlyList<Markdig.Extensions.CustomContainers.CustomContainer> Appendices { get; private set; } = Array.Empty<Markdig.Extensions.CustomContainers.CustomContainer>();

    /// <summary>The whole document being rendered, for blocks that summarise it (a table of contents).</summary>
    public MarkdownDocument Document { get; private set; } = null!;

    /// <summary>The document properties (title, subject, creator...) written to docProps/core.xml.</summary>
    public DocumentProperties Properties { get; } = new();

    /// <summary>Renders the document and writes the package: the house style's parts, with the main document and numbering parts replaced and the render's own parts (charts, images, footnotes, document properties) and relationships (hyperlinks) added.</summary>
    public static byte[] RenderDocument(MarkdownDocument markdown, HouseStyle houseStyle, DocxBlockRendererRegistry blocks, string source, string? resourceFolder = null, bool typographic = true)
    {
        var package = houseStyle.CreatePackage();
        var body = new Body();
        var renderer = new DocxRenderer(houseStyle, package, blocks, source, houseStyle.TextWidth) { ResourceFolder = resourceFolder, CurrentPartName = houseStyle.MainPartName, Typographic = typographic };
        renderer.Anchors = AnchorMap.Build(markdown);
        renderer.Document = markdown;
        renderer.Appendices = markdown.Descendants<Markdig.Extensions.CustomContainers.CustomContainer>().Where(AppendixBlockRenderer.IsAppendix).ToList();
        // Markdig drops a footnote that nothing refers to; a note missing from the paper is a problem, not silence.
        foreach (var definition in markdown.Descendants<Markdig.Extensions.Footnotes.FootnoteLinkReferenceDefinition>())
        {
            if (definition.Footnote.Links.Count == 0)
            {
                renderer.Problem(definition.Footnote, $"footnote [^{definition.Footnote.Label}] is never referenced; expected [^{definition.Footnote.Label}] in the text, or remove the note");
            }
        }

        renderer.containers.Push(body);
        renderer.Render(markdown);
        if (renderer.problems.Count > 0)
        {
            throw new DataException(renderer.problems);
        }

        if (renderer.footnotesPartName is not null)
        {
            package.SetPart(renderer.FootnotesPartName, FootnotesContentType, FootnotePart(renderer.footnotes));
        }

        DocumentPropertiesWriter.Write(package, renderer.Properties);

        Action<System.Xml.Linq.XElement>? editSection = renderer.ProtectiveMarking is { } marking
            ? MarkingBlockRenderer.AddToHeaders(package, houseStyle.MainPartName, houseStyle.DocumentXml, marking)
            : null;
        package.SetPart(houseStyle.MainPartName, DocumentContentType, stream => ReferencePartWriter.WriteDocument(stream, houseStyle.DocumentXml, body.ChildElements, editSection));
        var numberingPart = houseStyle.NumberingPartName;
        if (numberingPart is null)
        {
            numberingPart = package.NewPartName(FolderOf(houseStyle.MainPartName), "numbering", "xml");
            package.AddRelationship(houseStyle.MainPartName, "rIdSendNumbering", NumberingRelationshipType, numberingPart);
        }

        var lists = renderer.listInstances;
        package.SetPart(numberingPart, NumberingContentType, stream => ReferencePartWriter.WriteNumbering(stream, houseStyle.NumberingXml, lists));
        return package.ToArray();
    }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return containers.Peek();
    }

    public void Append(OpenXmlElement element) => containers.Peek().Append(element);

    /// <summary>The last block written in the current container, if any.</summary>
    public OpenXmlElement? LastAppended => containers.Peek().LastChild;

    /// <summary>The first block written in the current container, if any.</summary>
    public OpenXmlElement? FirstAppended => containers.Peek().FirstChild;

    public void PushContainer(OpenXmlCompositeElement container) => containers.Push(container);

    public void PopContainer() => containers.Pop();

    /// <summary>Creates and appends a paragraph with a style from the house style.</summary>
    public Paragraph AppendParagraph(string styleId, NumberingProperties? numbering = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        if (numbering is not null)
        {
            properties.NumberingProperties = numbering;
        }

        var paragraph = new Paragraph(properties);
        Append(paragraph);
        return paragraph;
    }

    /// <summary>
    /// A fresh numbering instance for one list, so that every list restarts at its own start value. When the house
    /// style's list numbers <paramref name="level"/> differently from the marker the author wrote (a <c>1.</c> list
    /// inside another, which the house style letters), the level is redefined with the written marker's format.
    /// </summary>
    public int NewListInstance(string listStyle, int start, int level = 0, ListMarker? marker = null)
    {
        var id = nextNumId++;
        var abstractNum = HouseStyle.ListAbstractNum(listStyle);
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractNum }) { NumberID = id };
        var levelOverride = new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level };
        if (marker is not null)
        {
            listLevels ??= new ListLevels(HouseStyle.NumberingXml);
            if (listLevels.Redefine(abstractNum, level, marker.Value, start) is { } redefined)
            {
                levelOverride.Append(redefined);
            }
        }

        instance.Append(levelOverride);
        listInstances.Add(instance);
        return id;
    }

    /// <summary>A new numbering instance of <paramref name="abstractNum"/> whose first <paramref name="levels"/> levels start again at 1.</summary>
    public int NewRestartedInstance(int abstractNum, int levels)
    {
        var id = nextNumId++;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractNum }) { NumberID = id };
        for (var level = 0; level < levels; level++)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
        }

        listInstances.Add(instance);
        return id;
    }

    /// <summary>A run referring to a footnote, in the FootnoteReference style (or superscript when the house style has none).</summary>
    public Run FootnoteReference(Markdig.Extensions.Footnotes.Footnote footnote) =>
        new(FootnoteMarkProperties(), new FootnoteReference { Id = footnote.Order });

    /// <summary>Adds a footnote's content, written by the caller into the returned element.</summary>
    public Footnote NewFootnote(int id)
    {
        var note = new Footnote { Id = id };
        footnotes.Add(note);
        return note;
    }

    /// <summary>The style footnote text uses: FootnoteText when the house style has it, else Normal.</summary>
    public string FootnoteTextStyle => HouseStyle.StyleIdsDefined.Contains(StyleIds.FootnoteText) ? StyleIds.FootnoteText : StyleIds.Normal;

    public RunProperties FootnoteMarkProperties() => HouseStyle.StyleIdsDefined.Contains(StyleIds.FootnoteReference)
        ? new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference })
        : new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });

    public int NextFigureNumber() => ++nextFigure;

    /// <summary>The slot of a chart series name: the same in every chart of this document.</summary>
    public int SeriesSlot(string name)
    {
        if (!seriesSlots.TryGetValue(name, out var slot))
        {
            slot = seriesSlots.Count;
            seriesSlots.Add(name, slot);
        }

        return slot;
    }

    /// <summary>A new bookmark id, sequential from 1 after the anchors' own.</summary>
    public int NextBookmarkId() => 10000 + ++nextBookmark;

    private static Footnotes FootnotePart(IEnumerable<Footnote> notes)
    {
        var part = new Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var note in notes)
        {
            part.Append(note);
        }

        return part;
    }

    public string NextRelationshipId(string prefix) => "rIdSend" + prefix + (++nextRelationship).ToString(CultureInfo.InvariantCulture);

    public uint NextDrawingId() => ++nextDrawing;

    public void Problem(int line, string message) =>
        problems.Add(new DataProblem(source, message) { Line = line, Code = "SEND-MARKDOWN" });

    public void Problem(MarkdownObject at, string message) => Problem(at.Line + 1, message);

    private static string FolderOf(string partName) => partName.LastIndexOf('/') is var slash and >= 0 ? partName.Substring(0, slash) : string.Empty;
}

/// <summary>The list a paragraph belongs to: its style, numbering instance and level, and whether the item's number is still to be written.</summary>
internal sealed record ListState(string Style, int NumId, int Level)
{
    public bool NumberPending { get; set; } = true;
}
