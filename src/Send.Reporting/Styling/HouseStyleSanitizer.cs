using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Send.Reporting.Docx;

namespace Send.Reporting.Styling;

/// <summary>
/// Removes from a house style's package what must not travel into every report: macros and the parts that carry
/// them (a <c>vbaProject.bin</c> whatever its content type), ActiveX controls, add-in task panes, custom XML data,
/// external relationships (an attached template's address, a linked image on a share, a mail-merge source) other
/// than web and mail links, and the body of a previous paper with the parts only it used (images, charts,
/// comments, footnotes, headers of earlier sections).
/// </summary>
/// <remarks>
/// Markup that pointed at a removed relationship goes too: an element whose reason to exist is the relationship
/// (<c>w:attachedTemplate</c>, <c>w:headerReference</c>) is removed, otherwise only the attribute (a linked image
/// keeps its frame). Every removal is recorded as <see cref="StrippedContent"/>; the body's removal is recorded once.
/// </remarks>
internal static class HouseStyleSanitizer
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Content types of parts that carry code or call out: macros, ActiveX, Word customisations, add-ins.</summary>
    private static readonly Dictionary<string, string> UnsafeContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.ms-office.vbaProject"] = "macros (a VBA project)",
        ["application/vnd.ms-word.vbaData+xml"] = "macro data",
        ["application/vnd.ms-office.vbaProjectSignature"] = "a macro signature",
        ["application/vnd.ms-office.activeX+xml"] = "an ActiveX control",
        ["application/vnd.ms-office.activeX"] = "an ActiveX control",
        ["application/vnd.ms-word.keyMapCustomizations+xml"] = "Word key-map customisations (which run macros)",
        ["application/vnd.ms-word.attachedToolbars"] = "Word toolbars (which run macros)",
        ["application/vnd.ms-office.webextension+xml"] = "an Office add-in",
        ["application/vnd.ms-office.webextensiontaskpanes+xml"] = "Office add-in task panes",
    };

    /// <summary>What the main document relates to that belongs to the style rather than to its body.</summary>
    private static readonly HashSet<string> StyleRelationshipTypes = new(StringComparer.Ordinal)
    {
        OfficeRelationships + "styles",
        "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
        OfficeRelationships + "numbering",
        OfficeRelationships + "settings",
        OfficeRelationships + "webSettings",
        OfficeRelationships + "fontTable",
        OfficeRelationships + "theme",
        OfficeRelationships + "footnotes",
        OfficeRelationships + "endnotes",
        OfficeRelationships + "glossaryDocument",
    };

    /// <summary>Elements that exist only to hold a relationship, removed with it.</summary>
    private static readonly HashSet<string> ElementsOfARelationship = new(StringComparer.Ordinal)
    {
        "attachedTemplate", "headerReference", "footerReference", "subDoc", "altChunk", "dataSource", "headerSource",
        "recipientData", "control", "printerSettings", "OLEObject",
    };

    public static void Sanitize(PackageBuilder package, string mainPart, List<StrippedContent> stripped)
    {
        var removedIds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Removed(string sourcePart, IEnumerable<PackageRelationship> relationships)
        {
            foreach (var relationship in relationships)
            {
                if (!removedIds.TryGetValue(sourcePart, out var ids))
                {
                    ids = new HashSet<string>(StringComparer.Ordinal);
                    removedIds.Add(sourcePart, ids);
                }

                ids.Add(relationship.Id);
            }
        }

        foreach (var part in package.PartNames.ToList())
        {
            var file = part.Substring(part.LastIndexOf('/') + 1);
            var type = package.ContentTypeOf(part)!;
            if (UnsafeContentTypes.TryGetValue(type, out var what))
            {
                package.RemovePart(part);
                stripped.Add(new StrippedContent(part, what));
            }
            else if (file.StartsWith("vbaProject", StringComparison.OrdinalIgnoreCase) || file.StartsWith("vbaData", StringComparison.OrdinalIgnoreCase))
            {
                package.RemovePart(part);
                stripped.Add(new StrippedContent(part, $"macros (a VBA project, here labelled '{type}')"));
            }
            else if (part.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase))
            {
                package.RemovePart(part);
                if (!file.StartsWith("itemProps", StringComparison.OrdinalIgnoreCase))
                {
                    stripped.Add(new StrippedContent(part, "custom XML data (document properties a document library or add-in attached, which can name external sources); it belongs to that document, not to the style"));
                }
            }
        }

        package.RemoveDefaultContentTypes(UnsafeContentTypes.ContainsKey);
        foreach (var source in package.RelationshipSources.ToList())
        {
            var external = package.RemoveRelationships(source, r => r.IsExternal && !IsWebLink(r));
            foreach (var relationship in external)
            {
                stripped.Add(new StrippedContent(source.Length == 0 ? "_rels/.rels" : source, $"an external {Describe(relationship.Type)} to '{relationship.Target}', which Word would fetch when a report is opened"));
            }

            Removed(source, external);
        }

        var kept = FinalSectionReferences(package, mainPart);
        var bodyRelationships = package.RemoveRelationships(mainPart, r => !r.IsExternal && !StyleRelationshipTypes.Contains(r.Type) && !kept.Contains(r.Id));
        bodyRelationships = bodyRelationships.Concat(package.RemoveRelationships(mainPart, r => r.IsExternal)).ToList();
        Removed(mainPart, bodyRelationships);
        var bodyNotes = RemoveNotes(package, mainPart);

        foreach (var source in package.RelationshipSources.ToList())
        {
            var dangling = package.RemoveRelationships(source, r => !r.IsExternal && package.ContentTypeOf(PackageBuilder.ResolveTarget(source, r.Target)) is null);
            Removed(source, dangling);
        }

        var unreachable = RemoveUnreachable(package);
        if (bodyRelationships.Count > 0 || bodyNotes > 0 || unreachable > 0)
        {
            var what = new List<string>();
            if (bodyNotes > 0)
            {
                what.Add($"{bodyNotes.ToString(CultureInfo.InvariantCulture)} footnote(s) or endnote(s)");
            }

            if (unreachable > 0)
            {
                what.Add($"{unreachable.ToString(CultureInfo.InvariantCulture)} part(s) such as images, charts, comments and headers of earlier sections");
            }

            stripped.Add(new StrippedContent(mainPart, "the body of the reference document" + (what.Count > 0 ? ", with " + string.Join(" and ", what) + " only it used" : string.Empty) + "; a report has its own") { IsUnsafe = false });
        }

        RemoveFetchingFields(package, mainPart, stripped);
        foreach (var (source, ids) in removedIds)
        {
            if (source.Length > 0 && source != mainPart && package.PartBytes(source) is byte[] bytes && package.ContentTypeOf(source) is string type && HouseStylePackage.IsXml(type))
            {
                package.SetPart(source, type, WithoutReferences(bytes, ids));
            }
        }
    }

    /// <summary>
    /// Neutralises fields in headers, footers and notes that fetch or run something when Word updates them
    /// (<c>INCLUDEPICTURE "\\server\logo.png"</c>, <c>INCLUDETEXT</c>, <c>LINK</c>, <c>DDE</c>, <c>DDEAUTO</c>, <c>IMPORT</c>):
    /// a simple field is replaced by its last result, a complex field's instruction is emptied.
    /// </summary>
    private static void RemoveFetchingFields(PackageBuilder package, string mainPart, List<StrippedContent> stripped)
    {
        foreach (var part in package.PartNames.Where(p => p != mainPart).ToList())
        {
            var type = package.ContentTypeOf(part)!;
            if (!HouseStylePackage.IsXml(type) || package.PartBytes(part) is not byte[] bytes || bytes.AsSpan().IndexOf("instr"u8) < 0)
            {
                continue;
            }

            var document = XDocument.Load(new MemoryStream(bytes, writable: false), LoadOptions.PreserveWhitespace);
            var found = new List<string>();
            foreach (var field in document.Descendants(W + "fldSimple").Where(f => FetchingField((string?)f.Attribute(W + "instr")) is not null).ToList())
            {
                found.Add(FetchingField((string?)field.Attribute(W + "instr"))!);
                field.ReplaceWith(field.Nodes());
            }

            foreach (var instruction in document.Descendants(W + "instrText").Where(t => FetchingField(t.Value) is not null).ToList())
            {
                found.Add(FetchingField(instruction.Value)!);
                instruction.Value = string.Empty;
            }

            if (found.Count > 0)
            {
                package.SetPart(part, type, Serialize(document));
                stripped.Add(new StrippedContent(part, $"field(s) that fetch or run something when Word updates them: {string.Join(", ", found.Distinct(StringComparer.Ordinal))} (the last result shown is kept)"));
            }
        }
    }

    private static string? FetchingField(string? instruction)
    {
        var word = instruction?.TrimStart().Split(' ', '\t')[0].ToUpperInvariant();
        return word is "INCLUDEPICTURE" or "INCLUDETEXT" or "LINK" or "DDE" or "DDEAUTO" or "IMPORT" ? word : null;
    }

    private static bool IsWebLink(PackageRelationship relationship) =>
        relationship.Type == PackageBuilder.HyperlinkRelationshipType
        && (relationship.Target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || relationship.Target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || relationship.Target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));

    private static string Describe(string relationshipType)
    {
        var name = relationshipType.Substring(relationshipType.LastIndexOf('/') + 1);
        return name switch
        {
            "attachedTemplate" => "attached template",
            "image" => "linked image",
            "hyperlink" => "link",
            "oleObject" => "linked object",
            "mailMergeSource" or "mailMergeHeaderSource" or "recipientData" => "mail-merge source",
            "subDocument" => "subdocument",
            "frame" => "frame",
            _ => "relationship (" + name + ")",
        };
    }

    /// <summary>The relationship ids the main document's final section properties use (its headers and footers).</summary>
    private static HashSet<string> FinalSectionReferences(PackageBuilder package, string mainPart)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (package.PartBytes(mainPart) is not byte[] bytes)
        {
            return ids;
        }

        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        XElement? section = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sectPr" && reader.NamespaceURI == W.NamespaceName && reader.Depth == 2)
            {
                section = (XElement)XNode.ReadFrom(reader);
            }
        }

        foreach (var attribute in section?.Descendants().Attributes() ?? Enumerable.Empty<XAttribute>())
        {
            if (attribute.Name.NamespaceName == RelationshipsNamespace)
            {
                ids.Add(attribute.Value);
            }
        }

        return ids;
    }

    /// <summary>Removes the footnotes and endnotes of the previous body, keeping the separators Word needs.</summary>
    private static int RemoveNotes(PackageBuilder package, string mainPart)
    {
        var count = 0;
        foreach (var (type, element) in new[] { ("footnotes", "footnote"), ("endnotes", "endnote") })
        {
            if (package.FindRelatedPart(mainPart, OfficeRelationships + type) is not string part || package.PartBytes(part) is not byte[] bytes)
            {
                continue;
            }

            var document = XDocument.Load(new MemoryStream(bytes, writable: false));
            var notes = document.Root?.Elements(W + element).Where(n => (string?)n.Attribute(W + "type") is null or "normal").ToList() ?? new List<XElement>();
            if (notes.Count > 0)
            {
                notes.ForEach(n => n.Remove());
                package.SetPart(part, package.ContentTypeOf(part)!, Serialize(document));
                count += notes.Count;
            }
        }

        return count;
    }

    /// <summary>Removes parts no relationship chain from the package reaches; returns how many.</summary>
    private static int RemoveUnreachable(PackageBuilder package)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(string.Empty);
        while (queue.Count > 0)
        {
            var source = queue.Dequeue();
            foreach (var relationship in package.RelationshipsOf(source).Where(r => !r.IsExternal))
            {
                var target = PackageBuilder.ResolveTarget(source, relationship.Target);
                if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        var unreachable = package.PartNames.Where(p => !reached.Contains(p)).ToList();
        unreachable.ForEach(p => package.RemovePart(p));
        return unreachable.Count;
    }

    private static byte[] WithoutReferences(byte[] bytes, HashSet<string> ids)
    {
        var document = XDocument.Load(new MemoryStream(bytes, writable: false), LoadOptions.PreserveWhitespace);
        foreach (var attribute in document.Descendants().Attributes().Where(a => a.Name.NamespaceName == RelationshipsNamespace && ids.Contains(a.Value)).ToList())
        {
            var element = attribute.Parent!;
            if (ElementsOfARelationship.Contains(element.Name.LocalName))
            {
                element.Remove();
            }
            else
            {
                attribute.Remove();
            }
        }

        return Serialize(document);
    }

    internal static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        document.Declaration ??= new XDeclaration("1.0", "UTF-8", "yes");
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
