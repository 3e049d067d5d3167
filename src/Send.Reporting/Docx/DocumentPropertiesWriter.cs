using System.IO;
using System.Text;
using System.Xml;
using NodaTime.Text;

namespace Send.Reporting.Docx;

/// <summary>Writes <see cref="DocumentProperties"/> as the package's core properties part, replacing any the house style carried (its author and dates would otherwise leak into every report).</summary>
internal static class DocumentPropertiesWriter
{
    private const string CoreRelationshipType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(PackageBuilder package, DocumentProperties properties)
    {
        var partName = package.FindRelatedPart(string.Empty, CoreRelationshipType);
        if (partName is null)
        {
            partName = "docProps/core.xml";
            package.AddRelationship(string.Empty, "rIdSendCore", CoreRelationshipType, partName);
        }

        package.SetPart(partName, CoreContentType, stream => WriteXml(stream, properties));
    }

    private static void WriteXml(Stream stream, DocumentProperties properties)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Element(writer, "dc", "title", Dc, properties.Title);
        Element(writer, "dc", "subject", Dc, properties.Subject);
        Element(writer, "dc", "creator", Dc, properties.Creator);
        Element(writer, "cp", "keywords", Cp, properties.Keywords);
        Element(writer, "dc", "description", Dc, properties.Description);
        Element(writer, "dc", "language", Dc, properties.Language);
        if (properties.Date is { } date)
        {
            var text = LocalDatePattern.Iso.Format(date) + "T00:00:00Z";
            foreach (var name in new[] { "created", "modified" })
            {
                writer.WriteStartElement("dcterms", name, DcTerms);
                writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                writer.WriteString(text);
                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteElementString(prefix, name, ns, value.Trim());
        }
    }
}
