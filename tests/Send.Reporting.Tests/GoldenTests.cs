using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Reporting.Markdown;
using Send.Reporting.Styling;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// Golden tests in the style of Scriban's and Markdig's own: each <c>Golden/NNN-name.md</c> has its block stream in
/// <c>NNN-name.blocks.verified.txt</c> and its document.xml in <c>NNN-name.document.verified.xml</c>.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.SourceFolder(), "Golden");

    public static IEnumerable<TheoryDataRow<string>> Cases() =>
        Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order().Select(n => new TheoryDataRow<string>(n!));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Describe_GoldenMarkdown_MatchesVerifiedBlockStream(string name) =>
        Approvals.Verify(BlockStream.Describe(File.ReadAllText(Path.Combine(Folder, name + ".md"))), Path.Combine(Folder, name + ".blocks.verified.txt"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void MarkdownToDocx_GoldenMarkdown_MatchesVerifiedDocumentXmlAndIsValid(string name)
    {
        var docx = new ReportEngine().MarkdownToDocx(File.ReadAllText(Path.Combine(Folder, name + ".md")), name + ".md");

        TestOutput.Save(name + ".docx", docx);
        DocxAssert.Valid(docx);
        Approvals.Verify(DocxAssert.PartXml(docx, "word/document.xml"), Path.Combine(Folder, name + ".document.verified.xml"));
    }

    [Theory]
    [InlineData("word/styles.xml", "house-style.styles.verified.xml")]
    [InlineData("word/numbering.xml", "house-style.numbering.verified.xml")]
    [InlineData("word/settings.xml", "house-style.settings.verified.xml")]
    [InlineData("word/footer1.xml", "house-style.footer.verified.xml")]
    public void Build_DefaultHouseStyle_PartMatchesVerified(string part, string verified) =>
        Approvals.Verify(DocxAssert.PartXml(HouseStyleBuilder.Build(), part), Path.Combine(Folder, verified));
}
