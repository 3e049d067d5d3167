using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.XPath;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Send.Domain.Validation;
using Send.Reporting.Docx;

namespace Send.Reporting.Styling;

/// <summary>
/// Checks the parts a house style gives every report with the Open XML SDK's validator (Microsoft 365 schemas), so
/// that an invalid house style is an error naming the part, the element and its line rather than an invalid report.
/// </summary>
/// <remarks>
/// The main document is checked as a report would have it: its root and final section properties, without the
/// previous body. Elements that are valid but out of schema order (pandoc's reference.docx writes some) are put back
/// in order, with a warning; anything else invalid is refused.
/// </remarks>
internal static class HouseStyleValidation
{
    private const string OrderError = "unexpected child element";

    /// <summary>Validates; rewrites reordered parts in <paramref name="package"/>.</summary>
    /// <returns>Warnings for parts whose elements were put back in order.</returns>
    /// <exception cref="DataException">A part is invalid (every error listed with its part, element and line).</exception>
    public static IReadOnlyList<DataProblem> Check(PackageBuilder package, string mainPart, string source)
    {
        var original = package.PartBytes(mainPart)!;
        var skeleton = package.Clone();
        skeleton.SetPart(mainPart, HouseStylePackage.DocumentContentType, stream => ReferencePartWriter.WriteDocument(stream, original, Array.Empty<OpenXmlElement>()));
        using var stream = new MemoryStream();
        skeleton.WriteTo(stream, CompressionLevel.NoCompression);
        var warnings = new List<DataProblem>();
        try
        {
            using var document = WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = false });
            var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
            var errors = validator.Validate(document).ToList();
            if (errors.Count == 0)
            {
                return warnings;
            }

            var reordered = new Dictionary<OpenXmlPart, int>();
            foreach (var error in errors.Where(e => e.Description.Contains(OrderError, StringComparison.Ordinal) && e.Part is not null))
            {
                if (error.Node is OpenXmlCompositeElement parent && Reorder(parent))
                {
                    reordered[error.Part!] = reordered.GetValueOrDefault(error.Part!) + 1;
                }
            }

            errors = reordered.Count == 0 ? errors : validator.Validate(document).ToList();
            if (errors.Count > 0)
            {
                throw new DataException(errors.Take(20).Select(e => Locate(e, package, source)));
            }

            foreach (var (part, count) in reordered)
            {
                var name = part.Uri.OriginalString.TrimStart('/');
                var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part.RootElement!.OuterXml;
                if (name == mainPart)
                {
                    // The section properties were reordered: the report's document starts from the repaired skeleton.
                    package.SetPart(mainPart, HouseStylePackage.DocumentContentType, Encoding.UTF8.GetBytes(xml));
                }
                else
                {
                    package.SetPart(name, package.ContentTypeOf(name)!, Encoding.UTF8.GetBytes(xml));
                }

                warnings.Add(new DataProblem(source, $"{count.ToString(CultureInfo.InvariantCulture)} element(s) whose children were out of the schema's order were put in order")
                {
                    Field = name,
                    Severity = DataProblemSeverity.Warning,
                    Code = "SEND-HOUSE-STYLE",
                });
            }

            return warnings;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or UriFormatException or InvalidOperationException)
        {
            throw new DataException(new[]
            {
                new DataProblem(source, "the house style could not be opened as a Word document: " + ex.Message)
                {
                    Expected = "a Word document (open and re-save it in Word)",
                    Code = "SEND-HOUSE-STYLE",
                },
            });
        }
    }

    /// <summary>Puts a parent's children in schema order; false when there was nothing it could place.</summary>
    private static bool Reorder(OpenXmlCompositeElement parent)
    {
        var children = parent.ChildElements.ToList();
        parent.RemoveAllChildren();
        var rejected = new List<OpenXmlElement>();
        foreach (var child in children)
        {
            if (!parent.AddChild(child, false))
            {
                rejected.Add(child);
            }
        }

        foreach (var child in rejected)
        {
            parent.AppendChild(child);
        }

        return rejected.Count < children.Count;
    }

    private static DataProblem Locate(ValidationErrorInfo error, PackageBuilder package, string source)
    {
        var part = error.Part?.Uri.OriginalString.TrimStart('/') ?? error.Path?.PartUri?.OriginalString.TrimStart('/') ?? "?";
        var element = error.Node is null ? "?" : (error.Node.Prefix.Length > 0 ? error.Node.Prefix + ":" : string.Empty) + error.Node.LocalName;
        var where = string.Empty;
        if (error.Path?.XPath is string xpath && package.PartBytes(part) is byte[] bytes)
        {
            try
            {
                var xml = HouseStylePackage.ParseXml(bytes, part, source);
                if (xml.XPathSelectElement(xpath, error.Path.Namespaces) is IXmlLineInfo info && info.HasLineInfo())
                {
                    where = $" at line {info.LineNumber.ToString(CultureInfo.InvariantCulture)}, column {info.LinePosition.ToString(CultureInfo.InvariantCulture)}";
                }
            }
            catch (Exception ex) when (ex is XPathException or DataException or ArgumentException)
            {
                // The location is a courtesy; the part, element and path are still named.
            }

            where += $" ({xpath})";
        }

        return new DataProblem(source, error.Node is null ? $"part '{part}' is not valid: {error.Description}" : $"element <{element}>{where} is not valid: {error.Description}")
        {
            Field = part,
            Expected = "a part Word itself would write (open the house style in Word, fix or remove the style, and save it)",
            Code = "SEND-HOUSE-STYLE",
        };
    }
}
