using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Send.Reporting.Docx;

/// <summary>
/// An Open Packaging Conventions package (the zip inside a .docx or .xlsx) assembled in memory and written in one
/// pass: parts, their content types, and the relationships between them.
/// </summary>
/// <remarks>
/// <para>
/// This is not System.IO.Packaging: it never reads back what it wrote, keeps no package open and has no update mode.
/// The report engine starts one from the house style's parts (<see cref="Styling.HouseStyle"/>), adds the parts a
/// render makes (the document, numbering, charts and their workbooks, hyperlink relationships) and writes the zip
/// once. That is several times faster than opening, changing and saving a package through the Open XML SDK.
/// </para>
/// <para>
/// The bytes are deterministic: entries in a fixed order (<c>[Content_Types].xml</c>, <c>_rels/.rels</c>, then every
/// other entry by ordinal name), every entry stamped 1 January 1980 (the zip format's earliest date),
/// relationships in the order they were added, content types sorted. Part names are written without a leading
/// slash, as zip entry names (<c>word/document.xml</c>); relationship targets are relative to the source part, as
/// Word writes them.
/// </para>
/// <para>Not thread-safe: one builder belongs to one render. <see cref="Clone"/> gives an independent copy.</para>
/// </remarks>
public sealed class PackageBuilder
{
    /// <summary>The relationship type of an office document (the main part of a .docx or .xlsx).</summary>
    public const string OfficeDocumentRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>The relationship type of a hyperlink.</summary>
    public const string HyperlinkRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string PackageRelationshipsEntry = "_rels/.rels";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };

    private readonly Dictionary<string, string> defaults;
    private readonly Dictionary<string, PackagePart> parts;
    private readonly Dictionary<string, List<PackageRelationship>> relationships;

    /// <summary>Creates an empty package whose only default content types are those of <c>.rels</c> and <c>.xml</c> entries.</summary>
    public PackageBuilder()
    {
        defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["rels"] = RelationshipsContentType,
            ["xml"] = "application/xml",
        };
        parts = new Dictionary<string, PackagePart>(StringComparer.Ordinal);
        relationships = new Dictionary<string, List<PackageRelationship>>(StringComparer.Ordinal);
    }

    private PackageBuilder(PackageBuilder other)
    {
        defaults = new Dictionary<string, string>(other.defaults, StringComparer.OrdinalIgnoreCase);
        parts = new Dictionary<string, PackagePart>(other.parts, StringComparer.Ordinal);
        relationships = other.relationships.ToDictionary(pair => pair.Key, pair => new List<PackageRelationship>(pair.Value), StringComparer.Ordinal);
    }

    /// <summary>Gets the names of the parts, in no particular order (relationship parts and content types are not parts).</summary>
    public IEnumerable<string> PartNames => parts.Keys;

    /// <summary>Gets the content type of a part, or null when there is no such part.</summary>
    /// <param name="partName">The part name, for example <c>word/document.xml</c>.</param>
    /// <returns>The content type, or null.</returns>
    public string? ContentTypeOf(string partName) => parts.TryGetValue(Normalize(partName), out var part) ? part.ContentType : null;

    /// <summary>The bytes of a part set with bytes (not one set as an element), or null.</summary>
    internal byte[]? PartBytes(string partName) => parts.TryGetValue(Normalize(partName), out var part) ? part.Bytes : null;

    /// <summary>Gets the relationships whose source is <paramref name="sourcePartName"/> (the empty string for the package).</summary>
    /// <param name="sourcePartName">The source part name, or the empty string for package relationships.</param>
    /// <returns>The relationships, in the order they were added.</returns>
    public IReadOnlyList<PackageRelationship> RelationshipsOf(string sourcePartName) =>
        relationships.TryGetValue(Normalize(sourcePartName), out var list) ? list : Array.Empty<PackageRelationship>();

    /// <summary>Gets the part the first relationship of <paramref name="relationshipType"/> from <paramref name="sourcePartName"/> points at, or null.</summary>
    /// <param name="sourcePartName">The source part name, or the empty string for package relationships.</param>
    /// <param name="relationshipType">The relationship type.</param>
    /// <returns>The target part name (resolved against the source), or null when there is no internal relationship of that type.</returns>
    public string? FindRelatedPart(string sourcePartName, string relationshipType)
    {
        var relationship = RelationshipsOf(sourcePartName).FirstOrDefault(r => !r.IsExternal && r.Type == relationshipType);
        return relationship is null ? null : ResolveTarget(Normalize(sourcePartName), relationship.Target);
    }

    /// <summary>Sets the default content type of parts whose names end in <c>.<paramref name="extension"/></c>.</summary>
    /// <param name="extension">The extension, without the dot.</param>
    /// <param name="contentType">The content type.</param>
    public void SetDefaultContentType(string extension, string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(extension);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        defaults[extension] = contentType;
    }

    /// <summary>Removes the default content types whose content type <paramref name="match"/> selects.</summary>
    internal void RemoveDefaultContentTypes(Func<string, bool> match)
    {
        foreach (var extension in defaults.Where(d => match(d.Value)).Select(d => d.Key).ToList())
        {
            defaults.Remove(extension);
        }
    }

    /// <summary>Adds or replaces a part with the given bytes.</summary>
    /// <param name="partName">The part name, for example <c>word/styles.xml</c>.</param>
    /// <param name="contentType">The content type.</param>
    /// <param name="content">The bytes; the builder keeps the array, so do not change it afterwards.</param>
    /// <exception cref="ArgumentException">The part name is empty, ends in <c>/</c> or names a relationships part.</exception>
    public void SetPart(string partName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        parts[CheckPartName(partName)] = new PackagePart(contentType, content, null, null);
    }

    /// <summary>Adds or replaces a part whose content is an Open XML element, written (with an XML declaration) when the package is written.</summary>
    /// <param name="partName">The part name.</param>
    /// <param name="contentType">The content type.</param>
    /// <param name="root">The part's root element; it is serialised as it is when <see cref="WriteTo"/> runs.</param>
    /// <exception cref="ArgumentException">The part name is empty, ends in <c>/</c> or names a relationships part.</exception>
    public void SetPart(string partName, string contentType, OpenXmlElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        parts[CheckPartName(partName)] = new PackagePart(contentType, null, root, null);
    }

    /// <summary>Adds or replaces a part whose content <paramref name="write"/> writes when the package is written.</summary>
    /// <param name="partName">The part name.</param>
    /// <param name="contentType">The content type.</param>
    /// <param name="write">Writes the part's bytes to the stream it is given (the zip entry); it must not close it.</param>
    /// <exception cref="ArgumentException">The part name is empty, ends in <c>/</c> or names a relationships part.</exception>
    public void SetPart(string partName, string contentType, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        parts[CheckPartName(partName)] = new PackagePart(contentType, null, null, write);
    }

    /// <summary>Returns a part name not yet used, in the form <c>folder/stem{n}.extension</c> with the smallest n from 1.</summary>
    /// <param name="folder">The folder, for example <c>word/charts</c>.</param>
    /// <param name="stem">The file name before the number, for example <c>chart</c>.</param>
    /// <param name="extension">The extension without the dot, for example <c>xml</c>.</param>
    /// <returns>The part name.</returns>
    public string NewPartName(string folder, string stem, string extension)
    {
        for (var n = 1; ; n++)
        {
            var name = $"{folder.Trim('/')}/{stem}{n.ToString(CultureInfo.InvariantCulture)}.{extension}";
            if (!parts.ContainsKey(name))
            {
                return name;
            }
        }
    }

    /// <summary>Adds a relationship from one part (or the package) to another part of this package.</summary>
    /// <param name="sourcePartName">The source part, or the empty string for a package relationship.</param>
    /// <param name="id">The relationship id, unique among the source's relationships.</param>
    /// <param name="type">The relationship type.</param>
    /// <param name="targetPartName">The target part name; written relative to the source's folder.</param>
    /// <exception cref="ArgumentException">The id is already used by the source.</exception>
    public void AddRelationship(string sourcePartName, string id, string type, string targetPartName)
    {
        var source = Normalize(sourcePartName);
        Add(source, new PackageRelationship(id, type, Relative(source, Normalize(targetPartName)), IsExternal: false));
    }

    /// <summary>Adds a relationship from a part to something outside the package, such as a hyperlink's address.</summary>
    /// <param name="sourcePartName">The source part.</param>
    /// <param name="id">The relationship id, unique among the source's relationships.</param>
    /// <param name="type">The relationship type, for example <see cref="HyperlinkRelationshipType"/>.</param>
    /// <param name="target">The address: absolute, or relative to the document's own location (for example <c>appendix-b.pdf</c>).</param>
    /// <exception cref="ArgumentException">The id is already used by the source.</exception>
    public void AddExternalRelationship(string sourcePartName, string id, string type, Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Add(Normalize(sourcePartName), new PackageRelationship(id, type, target.IsAbsoluteUri ? target.AbsoluteUri : target.OriginalString, IsExternal: true));
    }

    /// <summary>Adds a relationship exactly as written in an existing package (its target kept as it was).</summary>
    internal void AddRelationshipAsWritten(string sourcePartName, PackageRelationship relationship) => Add(Normalize(sourcePartName), relationship);

    /// <summary>
    /// Gives a source's relationships the ids rId1, rId2... in their order. Only for sources nothing refers to by id,
    /// such as the package itself (whose relationships System.IO.Packaging names at random).
    /// </summary>
    internal void RenumberRelationships(string sourcePartName)
    {
        if (relationships.TryGetValue(Normalize(sourcePartName), out var list))
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i] = list[i] with { Id = "rId" + (i + 1).ToString(CultureInfo.InvariantCulture) };
            }
        }
    }

    /// <summary>The sources that have relationships: part names, and the empty string for the package.</summary>
    internal IEnumerable<string> RelationshipSources => relationships.Keys;

    /// <summary>Removes a part and the relationships it is the source of; relationships pointing at it are the caller's to remove.</summary>
    /// <returns>Whether there was such a part.</returns>
    internal bool RemovePart(string partName)
    {
        var name = Normalize(partName);
        relationships.Remove(name);
        return parts.Remove(name);
    }

    /// <summary>Removes the relationships of a source that <paramref name="match"/> selects.</summary>
    /// <returns>The relationships removed, in their order.</returns>
    internal IReadOnlyList<PackageRelationship> RemoveRelationships(string sourcePartName, Predicate<PackageRelationship> match)
    {
        if (!relationships.TryGetValue(Normalize(sourcePartName), out var list))
        {
            return Array.Empty<PackageRelationship>();
        }

        var removed = list.FindAll(match);
        list.RemoveAll(match);
        return removed;
    }

    /// <summary>Gets an independent copy: adding to one does not change the other. Part contents are shared, not copied.</summary>
    /// <returns>The copy.</returns>
    public PackageBuilder Clone() => new(this);

    /// <summary>Writes the package as a zip.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="compression">The deflate level of every entry.</param>
    /// <exception cref="InvalidOperationException">A relationship points at a part that does not exist.</exception>
    public void WriteTo(Stream stream, CompressionLevel compression = CompressionLevel.Optimal)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckTargets();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, ContentTypesEntry, compression, WriteContentTypes);
        if (relationships.TryGetValue(string.Empty, out var packageRelationships))
        {
            WriteEntry(zip, PackageRelationshipsEntry, compression, s => WriteRelationships(s, packageRelationships));
        }

        var entries = new List<(string Name, Action<Stream> Write)>(parts.Count + relationships.Count);
        foreach (var (name, part) in parts)
        {
            entries.Add((name, part.WriteTo));
        }

        foreach (var (source, list) in relationships)
        {
            if (source.Length > 0 && list.Count > 0)
            {
                entries.Add((RelationshipsEntryOf(source), s => WriteRelationships(s, list)));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, write) in entries)
        {
            WriteEntry(zip, name, compression, write);
        }
    }

    /// <summary>Writes the package as a zip and returns its bytes.</summary>
    /// <param name="compression">The deflate level of every entry.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="InvalidOperationException">A relationship points at a part that does not exist.</exception>
    public byte[] ToArray(CompressionLevel compression = CompressionLevel.Optimal)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, compression);
        return stream.ToArray();
    }

    /// <summary>The relationships entry of a part: <c>word/document.xml</c> → <c>word/_rels/document.xml.rels</c>.</summary>
    internal static string RelationshipsEntryOf(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return slash < 0 ? "_rels/" + partName + ".rels" : partName.Substring(0, slash + 1) + "_rels/" + partName.Substring(slash + 1) + ".rels";
    }

    /// <summary>The source part of a relationships entry (the inverse of <see cref="RelationshipsEntryOf"/>), the empty string for the package's, or null when the name is not a relationships entry.</summary>
    internal static string? SourceOfRelationshipsEntry(string entryName)
    {
        if (!entryName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var marker = entryName.LastIndexOf("_rels/", StringComparison.Ordinal);
        if (marker < 0 || (marker > 0 && entryName[marker - 1] != '/'))
        {
            return null;
        }

        var file = entryName.Substring(marker + "_rels/".Length, entryName.Length - marker - "_rels/".Length - ".rels".Length);
        return file.Length == 0 ? string.Empty : entryName.Substring(0, marker) + file;
    }

    /// <summary>Resolves a relationship target written relative to the source part's folder into a part name.</summary>
    internal static string ResolveTarget(string sourcePartName, string target)
    {
        if (target.StartsWith('/'))
        {
            return Collapse(target.TrimStart('/'));
        }

        var slash = sourcePartName.LastIndexOf('/');
        return Collapse(slash < 0 ? target : sourcePartName.Substring(0, slash + 1) + target);
    }

    private static string Collapse(string path)
    {
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static string Relative(string sourcePartName, string targetPartName)
    {
        var from = sourcePartName.Split('/')[..^1];
        var to = targetPartName.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return up + string.Join('/', to[common..]);
    }

    private static string Normalize(string partName)
    {
        ArgumentNullException.ThrowIfNull(partName);
        return partName.TrimStart('/');
    }

    private static string CheckPartName(string partName)
    {
        var name = Normalize(partName);
        if (name.Length == 0 || name.EndsWith('/') || name == ContentTypesEntry || SourceOfRelationshipsEntry(name) is not null)
        {
            throw new ArgumentException($"'{partName}' is not a part name: expected a path such as word/document.xml, not a folder, [Content_Types].xml or a .rels entry.", nameof(partName));
        }

        return name;
    }

    private static void WriteEntry(ZipArchive zip, string name, CompressionLevel compression, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, compression);
        entry.LastWriteTime = FixedEntryTime;
        using var stream = entry.Open();
        write(stream);
    }

    private static void WriteRelationships(Stream stream, IReadOnlyList<PackageRelationship> list)
    {
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(true);
        writer.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in list)
        {
            writer.WriteStartElement("Relationship", RelationshipsNamespace);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", relationship.Target);
            if (relationship.IsExternal)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }

            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void WriteContentTypes(Stream stream)
    {
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(true);
        writer.WriteStartElement("Types", ContentTypesNamespace);
        foreach (var (extension, contentType) in defaults.OrderBy(d => d.Key, StringComparer.OrdinalIgnoreCase))
        {
            writer.WriteStartElement("Default", ContentTypesNamespace);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        foreach (var (name, part) in parts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (defaults.TryGetValue(Path.GetExtension(name).TrimStart('.'), out var byDefault) && byDefault == part.ContentType)
            {
                continue;
            }

            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", "/" + name);
            writer.WriteAttributeString("ContentType", part.ContentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void Add(string source, PackageRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (!relationships.TryGetValue(source, out var list))
        {
            list = new List<PackageRelationship>();
            relationships.Add(source, list);
        }

        if (list.Exists(r => r.Id == relationship.Id))
        {
            throw new ArgumentException($"relationship id '{relationship.Id}' is already used by '{source}'.", nameof(relationship));
        }

        list.Add(relationship);
    }

    /// <summary>
    /// Finds the first relationship that points at a part the package does not hold (a damaged or hand-edited
    /// reference document), or null when every internal target is there.
    /// </summary>
    /// <returns>The relationship's source part, id and target, or null.</returns>
    internal (string Source, string Id, string Target)? FindBrokenRelationship()
    {
        foreach (var (source, list) in relationships)
        {
            foreach (var relationship in list)
            {
                if (!relationship.IsExternal && !parts.ContainsKey(ResolveTarget(source, relationship.Target)))
                {
                    return (source, relationship.Id, relationship.Target);
                }
            }
        }

        return null;
    }

    private void CheckTargets()
    {
        if (FindBrokenRelationship() is var (source, id, target))
        {
            throw new InvalidOperationException($"relationship '{id}' of '{source}' points at '{target}', which is not a part of the package.");
        }
    }

    private sealed record PackagePart(string ContentType, byte[]? Bytes, OpenXmlElement? Root, Action<Stream>? Write)
    {
        public void WriteTo(Stream stream)
        {
            if (Bytes is not null)
            {
                stream.Write(Bytes, 0, Bytes.Length);
                return;
            }

            if (Write is not null)
            {
                Write(stream);
                return;
            }

            using var writer = XmlWriter.Create(stream, XmlSettings);
            writer.WriteStartDocument(true);
            Root!.WriteTo(writer);
        }
    }
}
