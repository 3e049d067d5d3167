using System.IO;
using System.Linq;
using System.Xml.Linq;
using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: marking</c>: the protective marking (Government Security Classifications: <c>OFFICIAL</c>,
/// <c>OFFICIAL-SENSITIVE</c>) printed at the top of every page, in the ProtectiveMarking style (centred, bold, in the
/// default house style). It prints nothing where it stands. The marking is added as the first paragraph of each of
/// the house style's headers (its logo and text stay), or in a header of its own when the house style has none. One
/// line; an empty block, a second line, or a second <c>::: marking</c> is a problem.
/// </summary>
internal static class MarkingBlockRenderer
{
    public const string Name = "marking";
    private const string HeaderContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    private const string HeaderRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        if (FurnitureText.SingleParagraph(renderer, container, "the marking, e.g. OFFICIAL") is not { } line)
        {
            return;
        }

        if (renderer.ProtectiveMarking is not null)
        {
            renderer.Problem(container, $"a second '::: marking' ('{BlockRoles.PlainText(line.Inline).Trim()}'); the paper is already marked '{renderer.ProtectiveMarking}', and has one marking");
            return;
        }

        renderer.ProtectiveMarking = BlockRoles.PlainText(line.Inline).Trim();
    }

    /// <summary>
    /// Puts the marking first in every header the house style's final section uses, and gives the section a header
    /// of its own for every page that has none; returns the change to make to the section properties as written.
    /// </summary>
    public static System.Action<XElement> AddToHeaders(PackageBuilder package, string mainPartName, byte[] documentXml, string marking)
    {
        var document = XDocument.Load(new MemoryStream(documentXml));
        var section = document.Root?.Element(W + "body")?.Elements(W + "sectPr").LastOrDefault() ?? new XElement(W + "sectPr");
        var references = section.Elements(W + "headerReference").ToList();
        var relationships = package.RelationshipsOf(mainPartName);
        foreach (var reference in references)
        {
            var id = (string?)reference.Attribute(R + "id");
            var relationship = relationships.FirstOrDefault(r => r.Id == id && r.Type == HeaderRelationshipType && !r.IsExternal);
            var target = relationship is null ? null : PackageBuilder.ResolveTarget(mainPartName, relationship.Target);
            if (target is null || package.PartBytes(target) is not { } bytes)
            {
                continue;
            }

            var header = XDocument.Load(new MemoryStream(bytes));
            header.Root!.AddFirst(Paragraph(marking));
            package.SetPart(target, HeaderContentType, Serialise(header));
        }

        var firstPage = section.Element(W + "titlePg") is { } title && (string?)title.Attribute(W + "val") is null or "1" or "true" or "on";
        var missing = (firstPage ? new[] { "default", "first" } : new[] { "default" })
            .Where(type => !references.Any(r => ((string?)r.Attribute(W + "type") ?? "default") == type)).ToList();
        if (missing.Count == 0)
        {
            return _ => { };
        }

        var slash = mainPartName.LastIndexOf('/');
        var partName = package.NewPartName(slash < 0 ? string.Empty : mainPartName.Substring(0, slash), "header", "xml");
        package.SetPart(partName, HeaderContentType, Serialise(new XDocument(new XElement(W + "hdr", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName), Paragraph(marking)))));
        const string RelationshipId = "rIdSendMarking";
        package.AddRelationship(mainPartName, RelationshipId, HeaderRelationshipType, partName);
        return written =>
        {
            foreach (var type in missing)
            {
                // Header references come first in a section's properties.
                written.AddFirst(new XElement(W + "headerReference", new XAttribute(W + "type", type), new XAttribute(R + "id", RelationshipId)));
            }
        };
    }

    private static byte[] Serialise(XDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream, SaveOptions.DisableFormatting);
        return stream.ToArray();
    }

    private static XElement Paragraph(string marking) =>
        new(W + "p",
            new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(W + "val", StyleIds.ProtectiveMarking))),
            new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), marking)));
}
