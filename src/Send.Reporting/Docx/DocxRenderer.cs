using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Send.Domain.Finance;
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
    }

    public HouseStyle HouseStyle { get; }

    /// <summary>The package being written: the house style's parts plus this render's.</summary>
    public PackageBuilder Package { get; }

    /// <summary>The main document part's name in <see cref="Package"/>.</summary>
    public string MainPartName => HouseStyle.MainPartName;


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

    /// <summary>The RAG status found in the table cell being written, if any.</summary>
    public RagStatus? CellRag { get; set; }

    /// <summary>Renders the document and writes the package: the house style's parts, with the main document and numbering parts replaced and the render's own parts (charts) and relationships (hyperlinks) added.</summary>
    public static byte[] RenderDocument(MarkdownDocument markdown, HouseStyle houseStyle, DocxBlockRendererRegistry blocks, string source)
    {
        var package = houseStyle.CreatePackage();
        var body = new Body();
        var renderer = new DocxRenderer(houseStyle, package, blocks, source, houseStyle.TextWidth);
        renderer.containers.Push(body);
        renderer.Render(markdown);
        if (renderer.problems.Count > 0)
        {
            throw new DataException(renderer.problems);
        }

        package.SetPart(houseStyle.MainPartName, DocumentContentType, stream => ReferencePartWriter.WriteDocument(stream, houseStyle.DocumentXml, body.ChildElements));
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

    /// <summary>A fresh numbering instance for one list, so that every list restarts at its own start value.</summary>
    public int NewListInstance(string listStyle, int start)
    {
        var id = nextNumId++;
        var instance = new NumberingInstance(new AbstractNumId { Val = HouseStyle.ListAbstractNum(listStyle) }) { NumberID = id };
        instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        listInstances.Add(instance);
        return id;
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
