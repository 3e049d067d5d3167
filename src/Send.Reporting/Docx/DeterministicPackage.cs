using System;
using System.IO;
using System.IO.Compression;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Send.Reporting.Docx;

/// <summary>
/// Rewrites a .docx (a zip package) so that the same content always gives the same bytes: entries in a fixed order
/// (<c>[Content_Types].xml</c>, then <c>_rels/.rels</c>, then the rest by ordinal name) and a fixed timestamp
/// (1 January 1980, the zip format's earliest date) on every entry.
/// </summary>
/// <remarks>
/// System.IO.Packaging stamps entries with the time they were written; that alone would make two renders differ.
/// Part contents are left exactly as they are.
/// </remarks>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream(package.Length);
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    RenumberPackageRelationships(from, to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The SDK gives package-level relationships random ids ("R3f2a..."); nothing refers to them by id, so they are
    /// renumbered rId1, rId2... in document order.
    /// </summary>
    private static void RenumberPackageRelationships(Stream from, Stream to)
    {
        var document = XDocument.Load(from);
        var number = 0;
        foreach (var relationship in document.Root!.Elements())
        {
            relationship.SetAttributeValue("Id", "rId" + (++number).ToString(CultureInfo.InvariantCulture));
        }

        using var writer = XmlWriter.Create(to, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        document.Save(writer);
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
