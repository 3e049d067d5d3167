using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
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
/// <para>
/// The file is bounded before anything is decompressed (<see cref="HouseStyleLimits"/>): its size, its number of
/// entries, and the total its entries decompress to, counted as they are read rather than taken from the zip's
/// headers. An entry whose name leaves the package (<c>../</c>, an absolute or Windows path) is dropped. Every XML
/// part is parsed without a DTD; a part that declares one is rewritten without it, and a part that is not
/// well-formed is a problem naming the part and the line.
/// </para>
/// <para>
/// The main document part keeps its name but always gets the content type of a document: a Word template (.dotx) or a
/// macro-enabled document (.docm, .dotm) given as the house style gives a .docx (<see cref="HouseStyleSanitizer"/>
/// removes the macros).
/// </para>
/// </remarks>
internal static class HouseStylePackage
{
    internal const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string NumberingRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XmlReaderSettings SafeReaderSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 };

    /// <summary>Reads the package with the default limits, keeping what <see cref="HouseStyleSanitizer"/> would strip.</summary>
    /// <exception cref="DataException">The bytes are not a readable Word package (every problem listed).</exception>
    public static (PackageBuilder Package, string MainPartName, string? NumberingPartName) Read(byte[] docx, string source) =>
        Read(docx, source, HouseStyleLimits.Default, new List<StrippedContent>());

    /// <summary>Reads the package within <paramref name="limits"/>, adding what it drops or rewrites to <paramref name="stripped"/>.</summary>
    /// <exception cref="DataException">The bytes are not a readable Word package, or are over a limit (every problem listed).</exception>
    public static (PackageBuilder Package, string MainPartName, string? NumberingPartName) Read(byte[] docx, string source, HouseStyleLimits limits, List<StrippedContent> stripped)
    {
        if (docx.LongLength > limits.MaxBytes)
        {
            throw Refuse(source, $"the house style is {Megabytes(docx.LongLength)}, more than the limit of {Megabytes(limits.MaxBytes)}", "a Word document within HouseStyleLimits.MaxBytes");
        }

        var package = new PackageBuilder();
        var problems = new List<DataProblem>();
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw Refuse(source, $"the house style has {zip.Entries.Count.ToString(CultureInfo.InvariantCulture)} zip entries, more than the limit of {limits.MaxEntries.ToString(CultureInfo.InvariantCulture)}", "a Word document within HouseStyleLimits.MaxEntries");
            }

            var budget = limits.MaxBytes;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/') && entry.Length == 0)
                {
                    continue;
                }

                if (!IsSafeEntryName(entry.FullName))
                {
                    stripped.Add(new StrippedContent(entry.FullName, "a zip entry whose name leaves the package (an absolute path, '..' or '\\'), which could be written outside a folder the report is unzipped into"));
                    continue;
                }

                var bytes = ReadBounded(entry, budget) ?? throw Refuse(source, $"the house style decompresses to more than the limit of {Megabytes(limits.MaxBytes)} (stopped in '{entry.FullName}')", "a Word document within HouseStyleLimits.MaxBytes; a small file that decompresses to this much is a zip bomb");
                budget -= bytes.Length;
                entries[entry.FullName] = bytes;
            }
        }
        catch (InvalidDataException ex)
        {
            throw Refuse(source, "the house style is not a readable Word document: " + ex.Message, "a .docx file");
        }

        if (!entries.TryGetValue("[Content_Types].xml", out var contentTypesBytes))
        {
            throw Refuse(source, "the house style is not a readable Word document: it has no [Content_Types].xml", "a .docx file");
        }

        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in ParseXml(contentTypesBytes, "[Content_Types].xml", source, stripped).Root!.Elements())
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

        foreach (var (name, bytes) in entries)
        {
            if (name == "[Content_Types].xml")
            {
                continue;
            }

            if (PackageBuilder.SourceOfRelationshipsEntry(name) is string relationshipSource)
            {
                foreach (var relationship in ParseXml(bytes, name, source, stripped).Root!.Elements(Relationships + "Relationship"))
                {
                    var id = (string?)relationship.Attribute("Id") ?? string.Empty;
                    if (package.RelationshipsOf(relationshipSource).Any(r => r.Id == id))
                    {
                        problems.Add(Problem(source, $"relationship id '{id}' is used twice in '{name}'") with { Expected = "a Word document (open and re-save it in Word)" });
                        continue;
                    }

                    package.AddRelationshipAsWritten(relationshipSource, new PackageRelationship(
                        id,
                        (string?)relationship.Attribute("Type") ?? string.Empty,
                        (string?)relationship.Attribute("Target") ?? string.Empty,
                        string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)));
                }

                continue;
            }

            var type = overrides.TryGetValue(name, out var over) ? over
                : defaults.TryGetValue(Path.GetExtension(name).TrimStart('.'), out var byDefault) ? byDefault
                : null;
            if (type is null)
            {
                problems.Add(Problem(source, $"part '{name}' has no content type in [Content_Types].xml"));
                continue;
            }

            package.SetPart(name, type, IsXml(type) ? WithoutDtd(bytes, name, source, stripped) : bytes);
        }

        var main = package.FindRelatedPart(string.Empty, PackageBuilder.OfficeDocumentRelationshipType);
        var mainType = main is null ? null : package.ContentTypeOf(main);
        if (main is null || mainType is null)
        {
            problems.Add(Problem(source, "the house style has no main document part") with { Expected = "a Word document (.docx, .dotx, .docm)" });
        }

        problems.AddRange(package.PartNames.SelectMany(name => MissingTargets(package, name, source)));
        problems.AddRange(MissingTargets(package, string.Empty, source));
        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        if (mainType != DocumentContentType)
        {
            // A template (.dotx) or macro-enabled document (.docm, .dotm) gives a document; the sanitizer removes macros.
            package.SetPart(main!, DocumentContentType, package.PartBytes(main!)!);
        }

        return (package, main!, package.FindRelatedPart(main!, NumberingRelationshipType));
    }

    /// <summary>Whether a content type is an XML part's.</summary>
    internal static bool IsXml(string contentType) =>
        contentType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || contentType is "application/xml" or "text/xml";

    /// <summary>Parses a part's XML without processing any DTD, keeping line information; a part that is not well-formed is a located problem.</summary>
    /// <exception cref="DataException">The part is not well-formed XML (or uses entities only a DTD declared).</exception>
    internal static XDocument ParseXml(byte[] bytes, string partName, string source, List<StrippedContent>? stripped = null)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), SafeReaderSettings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
            if (stripped is not null && HasDoctype(bytes))
            {
                stripped.Add(new StrippedContent(partName, "a DTD (document type declaration), which Word does not allow in a document and which can expand entities or fetch files"));
            }

            return document;
        }
        catch (XmlException ex)
        {
            throw new DataException(new[]
            {
                Problem(source, $"part '{partName}' of the house style is not readable XML (line {ex.LineNumber.ToString(CultureInfo.InvariantCulture)}, column {ex.LinePosition.ToString(CultureInfo.InvariantCulture)} of the part): {ex.Message}")
                    with { Field = partName, Expected = "a Word document (open and re-save it in Word)" },
            });
        }
    }

    private static byte[] WithoutDtd(byte[] bytes, string partName, string source, List<StrippedContent> stripped)
    {
        if (!HasDoctype(bytes))
        {
            // Read through once so that a part that is not well-formed is found now, with its line, not in a render.
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), SafeReaderSettings);
                while (reader.Read())
                {
                }
            }
            catch (XmlException)
            {
                ParseXml(bytes, partName, source);
            }

            return bytes;
        }

        var document = ParseXml(bytes, partName, source, stripped);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static bool HasDoctype(byte[] bytes)
    {
        // A DTD can only come before the root element; the search is over the whole part so that no prolog length hides it.
        ReadOnlySpan<byte> marker = "<!DOCTYPE"u8;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes).Contains("<!DOCTYPE", StringComparison.Ordinal);
        }

        return bytes.AsSpan().IndexOf(marker) >= 0;
    }

    private static bool IsSafeEntryName(string name) =>
        name.Length > 0
        && !name.StartsWith('/')
        && name.IndexOf('\\') < 0
        && name.IndexOf(':') < 0
        && !name.Any(char.IsControl)
        && name.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    /// <summary>The entry's bytes, or null when it decompresses to more than <paramref name="budget"/> (counted, not trusted from the header).</summary>
    private static byte[]? ReadBounded(ZipArchiveEntry entry, long budget)
    {
        if (entry.Length > budget)
        {
            return null;
        }

        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > budget)
            {
                return null;
            }

            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static IEnumerable<DataProblem> MissingTargets(PackageBuilder package, string source, string file) =>
        package.RelationshipsOf(source)
            .Where(r => !r.IsExternal && package.ContentTypeOf(PackageBuilder.ResolveTarget(source, r.Target)) is null)
            .Select(r => Problem(file, $"relationship '{r.Id}' of '{(source.Length == 0 ? "the package" : source)}' points at '{r.Target}', which is not in the document") with { Expected = "a Word document whose parts are all present (open and re-save it in Word)" });

    private static DataException Refuse(string source, string message, string expected) =>
        new(new[] { Problem(source, message) with { Expected = expected } });

    private static DataProblem Problem(string source, string message) => new(source, message) { Code = "SEND-HOUSE-STYLE" };
}
