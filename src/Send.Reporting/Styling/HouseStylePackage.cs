using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Send.Domain.Validation;
using Send.Reporting.Docx;

namespace Send.Reporting.Styling;

/// <summary>
/// Reads a reference .docx's zip into a <see cref="PackageBuilder"/>: every part with its content type and every
/// relationship as written, so that a render copies the styles, numbering, theme, fonts, settings, headers, footers
/// and anything else the council's document holds, byte for byte.
/// </summary>
/// <remarks>
/// The main document part keeps its name but always gets the content type of a document: a Word template (.dotx)
/// given as the house style gives a .docx. A macro-enabled document (.docm, .dotm) is refused, because its macros
/// would be carried into every report.
/// </remarks>
internal static class HouseStylePackage
{
    private const string NumberingRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string TemplateContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Reads the package.</summary>
    /// <exception cref="DataException">The bytes are not a readable Word package (every problem listed).</exception>
    public static (PackageBuilder Package, string MainPartName, string? NumberingPartName) Read(byte[] docx, string source)
    {
        var package = new PackageBuilder();
        var problems = new List<DataProblem>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            var contentTypes = zip.GetEntry("[Content_Types].xml") ?? throw new InvalidDataException("it has no [Content_Types].xml");
            var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in Load(contentTypes).Root!.Elements())
            {
                if (element.Name == ContentTypes + "Default" && (string?)element.Attribute("Extension") is string extension && (string?)element.Attribute("ContentType") is string byExtension)
                {
                    defaults[extension] = byExtension;
                    package.SetDefaultContentType(extension, byExtension);
                }
                else if (element.Name == ContentTypes + "Override" && (string?)element.Attribute("PartName") is string partName && (string?)element.Attribute("ContentType") is string contentType)
                {
                    overrides[partName.TrimStart('/')] = contentType;
                }
            }

            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == "[Content_Types].xml" || entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                if (PackageBuilder.SourceOfRelationshipsEntry(entry.FullName) is string relationshipSource)
                {
                    foreach (var relationship in Load(entry).Root!.Elements(Relationships + "Relationship"))
                    {
                        package.AddRelationshipAsWritten(relationshipSource, new PackageRelationship(
                            (string?)relationship.Attribute("Id") ?? string.Empty,
                            (string?)relationship.Attribute("Type") ?? string.Empty,
                            (string?)relationship.Attribute("Target") ?? string.Empty,
                            string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)));
                    }

                    continue;
                }

                var type = overrides.TryGetValue(entry.FullName, out var over) ? over
                    : defaults.TryGetValue(Path.GetExtension(entry.FullName).TrimStart('.'), out var byDefault) ? byDefault
                    : null;
                if (type is null)
                {
                    problems.Add(Problem(source, $"part '{entry.FullName}' has no content type in [Content_Types].xml"));
                    continue;
                }

                using var stream = entry.Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                package.SetPart(entry.FullName, type, bytes.ToArray());
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException)
        {
            throw new DataException(new[] { Problem(source, "the house style is not a readable Word document: " + ex.Message) with { Expected = "a .docx file" } });
        }

        var main = package.FindRelatedPart(string.Empty, PackageBuilder.OfficeDocumentRelationshipType);
        var mainType = main is null ? null : package.ContentTypeOf(main);
        if (main is null || mainType is null)
        {
            problems.Add(Problem(source, "the house style has no main document part") with { Expected = "a Word .docx file" });
        }
        else if (mainType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Problem(source, "the house style is macro-enabled; its macros would be copied into every report") with { Value = mainType, Expected = "a .docx or .dotx without macros (save a copy as Word Document)" });
        }

        problems.AddRange(package.PartNames.SelectMany(name => MissingTargets(package, name, source)));
        problems.AddRange(MissingTargets(package, string.Empty, source));
        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        if (mainType == TemplateContentType)
        {
            package.SetPart(main!, DocumentContentType, package.PartBytes(main!)!);
        }

        return (package, main!, package.FindRelatedPart(main!, NumberingRelationshipType));
    }

    private static IEnumerable<DataProblem> MissingTargets(PackageBuilder package, string source, string file) =>
        package.RelationshipsOf(source)
            .Where(r => !r.IsExternal && package.ContentTypeOf(PackageBuilder.ResolveTarget(source, r.Target)) is null)
            .Select(r => Problem(file, $"relationship '{r.Id}' of '{(source.Length == 0 ? "the package" : source)}' points at '{r.Target}', which is not in the document") with { Expected = "a Word document whose parts are all present (open and re-save it in Word)" });

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static DataProblem Problem(string source, string message) => new(source, message) { Code = "SEND-HOUSE-STYLE" };
}
