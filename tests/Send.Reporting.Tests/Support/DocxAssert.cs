using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Send.Reporting.Tests.Support;

/// <summary>Assertions every .docx produced in tests goes through.</summary>
internal static class DocxAssert
{
    /// <summary>Asserts that the document passes the Open XML SDK's validator (Microsoft 365 schema) with zero errors.</summary>
    public static void Valid(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.True(errors.Count == 0, "OpenXmlValidator found errors:\n" + string.Join("\n", errors.Take(30).Select(e =>
            $"  {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>A part of the package as indented XML, for golden comparisons.</summary>
    public static string PartXml(byte[] docx, string partName)
    {
        using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var entry = archive.GetEntry(partName) ?? throw new Xunit.Sdk.XunitException($"The package has no part '{partName}'.");
        using var reader = entry.Open();
        return XDocument.Load(reader).ToString(SaveOptions.None);
    }
}
