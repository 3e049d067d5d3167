using System;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using Send.Domain.Validation;
using Send.Reporting.Docx;

namespace Send.Reporting.Styling;

/// <summary>
/// The parts of a reference document that <see cref="HouseStyle"/> reads: found by relationship type from the main
/// document part, read as XML (<see cref="XDocument"/>) or, for the parts a render rebuilds, as Open XML SDK
/// elements. A part that is not well-formed XML is a <see cref="DataException"/> naming the part.
/// </summary>
internal sealed class HouseStyleParts
{
    private readonly PackageBuilder package;
    private readonly string mainPartName;
    private readonly string source;

    public HouseStyleParts(PackageBuilder package, string mainPartName, string source)
    {
        this.package = package;
        this.mainPartName = mainPartName;
        this.source = source;
    }

    /// <summary>The part the main document part relates to with <paramref name="relationshipType"/>, or null.</summary>
    public string? Related(string relationshipType) => package.FindRelatedPart(mainPartName, relationshipType);

    /// <summary>The part related with <paramref name="relationshipType"/> as XML, or null when there is none.</summary>
    public XDocument? RelatedXml(string relationshipType) =>
        Related(relationshipType) is string name ? Xml(name) : null;

    /// <summary>The part as XML.</summary>
    public XDocument Xml(string partName) => Read(partName, text => XDocument.Parse(text));

    /// <summary>
    /// The part as an SDK element made by <paramref name="create"/> from its XML (without the declaration), parsed
    /// in full here (the SDK parses lazily) so that bad XML is found now; null when <paramref name="partName"/> is null.
    /// </summary>
    public T? Element<T>(string? partName, Func<string, T> create)
        where T : OpenXmlElement =>
        partName is null ? null : Read(partName, text =>
        {
            var element = create(WithoutDeclaration(text));
            foreach (var unused in element.Descendants())
            {
            }

            return element;
        });

    private static string WithoutDeclaration(string xml)
    {
        var start = 0;
        while (start < xml.Length && char.IsWhiteSpace(xml[start]))
        {
            start++;
        }

        if (string.CompareOrdinal(xml, start, "<?xml", 0, 5) == 0)
        {
            var end = xml.IndexOf("?>", start, StringComparison.Ordinal);
            return end < 0 ? xml : xml.Substring(end + 2);
        }

        return xml;
    }

    private T Read<T>(string partName, Func<string, T> parse)
    {
        var bytes = package.PartBytes(partName) ?? Array.Empty<byte>();
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException)
        {
            throw new DataException(new[]
            {
                new DataProblem(source, $"part '{partName}' of the house style is not readable XML: {ex.Message}")
                {
                    Expected = "a Word document (open and re-save it in Word)",
                    Code = "SEND-HOUSE-STYLE",
                },
            });
        }
    }
}
