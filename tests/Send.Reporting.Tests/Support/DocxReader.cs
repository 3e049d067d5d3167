using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Tests.Support;

/// <summary>Reads back what a render wrote, for assertions.</summary>
internal sealed class DocxReader
{
    private DocxReader(Body body, Numbering numbering)
    {
        Body = body;
        Numbering = numbering;
    }

    public Body Body { get; }

    public Numbering Numbering { get; }

    public static DocxReader Open(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var main = document.MainDocumentPart!;
        return new DocxReader((Body)main.Document!.Body!.CloneNode(true), (Numbering)main.NumberingDefinitionsPart!.Numbering!.CloneNode(true));
    }

    public IEnumerable<Paragraph> BodyParagraphs => Body.Elements<Paragraph>();

    public static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "(none)";

    public static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text));

    /// <summary>Each body paragraph as "Style: text", for compact assertions.</summary>
    public IReadOnlyList<string> Outline() => BodyParagraphs.Where(p => TextOf(p).Length > 0).Select(p => StyleOf(p) + ": " + TextOf(p)).ToList();
}
