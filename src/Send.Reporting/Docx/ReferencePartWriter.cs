using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Docx;

/// <summary>
/// Writes the two parts a render rebuilds from the house style's own XML, streaming: the main document (the
/// reference's root, its attributes and namespace declarations, and everything outside the body copied as written;
/// the body replaced by the render's blocks followed by the reference's final section properties) and the numbering
/// (the reference's definitions copied as written, with one numbering instance per list added where the schema puts
/// them).
/// </summary>
/// <remarks>
/// Copying the reference's XML through <see cref="XmlReader"/> and <see cref="XmlWriter"/> keeps markup the Open XML
/// SDK's typed model would have to parse (at start-up, most of the cost of loading a house style) and keeps every
/// extension and markup-compatibility attribute exactly as Word wrote it.
/// </remarks>
internal static class ReferencePartWriter
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W = WordNamespace;

    /// <summary>Declared on the document's root when the reference does not, so that hyperlinks and charts do not each declare it.</summary>
    /// <summary>
    /// Declared on the document's root when the reference lacks them: relationships, and the drawing namespaces of
    /// images and charts. Readers that resolve prefixes from the root only (pandoc's docx reader) otherwise miss an
    /// image's alt text.
    /// </summary>
    private static readonly (string Prefix, string Namespace)[] DocumentNamespaces =
    {
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    };
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };
    private static readonly XmlReaderSettings ReaderSettings = new() { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit };

    /// <summary>Writes the main document: the reference's root with <paramref name="blocks"/> as the body, ended by the reference's final section properties.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="reference">The house style's main document part.</param>
    /// <param name="blocks">The body's blocks.</param>
    /// <param name="editSection">Changes to the final section properties (a header for a protective marking), or null.</param>
    public static void WriteDocument(Stream stream, byte[] reference, IEnumerable<OpenXmlElement> blocks, Action<XElement>? editSection = null)
    {
        using var reader = XmlReader.Create(new MemoryStream(reference, writable: false), ReaderSettings);
        using var writer = XmlWriter.Create(stream, WriterSettings);
        writer.WriteStartDocument(true);
        reader.MoveToContent();
        var bodyWritten = CopyRoot(reader, writer, DocumentNamespaces, (child, w) =>
        {
            if (child.NodeType != XmlNodeType.Element || child.LocalName != "body" || child.NamespaceURI != WordNamespace)
            {
                return false;
            }

            var body = (XElement)XNode.ReadFrom(child);
            var section = body.Elements(W + "sectPr").LastOrDefault();
            if (editSection is not null)
            {
                section ??= new XElement(W + "sectPr");
                editSection(section);
            }

            WriteBody(w, blocks, section);
            return true;
        });
        if (!bodyWritten)
        {
            XElement? section = null;
            if (editSection is not null)
            {
                section = new XElement(W + "sectPr");
                editSection(section);
            }

            WriteBody(writer, blocks, section);
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes the numbering: the reference's definitions (or none) and then <paramref name="instances"/>, before any <c>w:numIdMacAtCleanup</c>.</summary>
    public static void WriteNumbering(Stream stream, byte[]? reference, IReadOnlyList<NumberingInstance> instances)
    {
        using var writer = XmlWriter.Create(stream, WriterSettings);
        writer.WriteStartDocument(true);
        if (reference is null)
        {
            new Numbering(instances.Select(i => (OpenXmlElement)i)).WriteTo(writer);
            return;
        }

        using var reader = XmlReader.Create(new MemoryStream(reference, writable: false), ReaderSettings);
        reader.MoveToContent();
        var written = false;
        CopyRoot(reader, writer, Array.Empty<(string, string)>(), (child, w) =>
        {
            if (!written && child.NodeType == XmlNodeType.Element && child.LocalName == "numIdMacAtCleanup" && child.NamespaceURI == WordNamespace)
            {
                WriteAll(w, instances);
                written = true;
            }

            return false;
        });
        if (!written)
        {
            WriteAll(writer, instances);
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Writes the root's start tag as the reference has it, then copies its children, giving <paramref name="replace"/>
    /// the first say over each (it returns true when it has consumed and written the node). Leaves the root open.
    /// </summary>
    private static bool CopyRoot(XmlReader reader, XmlWriter writer, (string Prefix, string Namespace)[] declare, Func<XmlReader, XmlWriter, bool> replace)
    {
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, true);
        reader.MoveToElement();
        foreach (var (prefix, ns) in declare)
        {
            if (writer.LookupPrefix(ns) is null && reader.LookupNamespace(prefix) is null)
            {
                writer.WriteAttributeString("xmlns", prefix, null, ns);
            }
        }

        if (reader.IsEmptyElement)
        {
            return false;
        }

        var replaced = false;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            if (replace(reader, writer))
            {
                replaced = true;
            }
            else if (reader.NodeType is XmlNodeType.Element or XmlNodeType.ProcessingInstruction or XmlNodeType.Comment)
            {
                writer.WriteNode(reader, true);
            }
            else
            {
                reader.Read();
            }
        }

        return replaced;
    }

    private static void WriteBody(XmlWriter writer, IEnumerable<OpenXmlElement> blocks, XElement? section)
    {
        writer.WriteStartElement("body", WordNamespace);
        WriteAll(writer, blocks);
        section?.WriteTo(writer);
        writer.WriteEndElement();
    }

    private static void WriteAll(XmlWriter writer, IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            element.WriteTo(writer);
        }
    }
}
