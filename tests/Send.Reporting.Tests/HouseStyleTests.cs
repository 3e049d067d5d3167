using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Send.Reporting.Styling;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class HouseStyleTests
{
    private static readonly string CommittedPath = RepoPaths.Combine("templates", "house-style", "house-style.docx");

    [Fact]
    public void BuildStarter_TwoCharacterStyles_IsAValidHouseStyleShowingEach()
    {
        // Regression: the starter gave every character style the same hyperlink relationship id, and with
        // FootnoteReference beside Hyperlink building it failed ("'rIdStarterLink' ID conflicts").
        var starter = HouseStyleBuilder.BuildStarter();
        DocxAssert.Valid(starter);
        var document = DocxAssert.PartXml(starter, "word/document.xml");
        Assert.Contains("w:val=\"FootnoteReference\"", document, System.StringComparison.Ordinal);
        Assert.Contains("w:val=\"Hyperlink\"", document, System.StringComparison.Ordinal);
        Assert.DoesNotContain(HouseStyle.Load(starter, "starter.docx").Styles, m => m.Kind == StyleMatchKind.Supplied);
    }

    [Fact]
    public void Build_Always_EqualsCommittedFile()
    {
        var built = HouseStyleBuilder.Build();
        var received = Path.Combine(Path.GetDirectoryName(CommittedPath)!, "house-style.received.docx");
        if (File.Exists(CommittedPath) && File.ReadAllBytes(CommittedPath).SequenceEqual(built))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllBytes(received, built);
        Assert.Fail($"templates/house-style/house-style.docx is not what HouseStyleBuilder builds.\n  committed: {CommittedPath}\n  received: {received}\nLook at the received file; if it is right, copy it over the committed one.");
    }

    [Fact]
    public void Build_Always_PassesOpenXmlValidator() => DocxAssert.Valid(HouseStyleBuilder.Build());

    [Fact]
    public void Build_TwoCalls_GiveIdenticalBytes() => Assert.Equal(HouseStyleBuilder.Build(), HouseStyleBuilder.Build());

    [Fact]
    public void Default_Always_DefinesEveryRequiredStyle()
    {
        var missing = StyleIds.Required.Where(id => !HouseStyle.Default.StyleIdsDefined.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Load_StylesMissingStrict_ListsEveryMissingStyleIdWithoutAFoundValue()
    {
        var docx = WithoutStyles(HouseStyleBuilder.Build(), StyleIds.BoxedNote, StyleIds.TableTotalNumber, StyleIds.ReportTable);

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(docx, "council.docx", new HouseStyleOptions { RequireAllStyles = true }));

        Assert.Equal(new[] { "'TableTotalNumber'", "'BoxedNote'", "'ReportTable'" }, error.Problems.Select(p => p.Message.Split(' ')[2]));
        Assert.All(error.Problems, p => Assert.Equal("council.docx", p.Source));
        Assert.All(error.Problems, p => Assert.Null(p.Value));
        Assert.Contains("council.docx: SEND-HOUSE-STYLE: styles: required style 'BoxedNote' is missing (expected a style with the id 'BoxedNote' or named 'Boxed Note'", error.Message);
        Assert.DoesNotContain("found '", error.Message);
    }

    [Fact]
    public void Load_StylesMissing_SuppliesThemWithOneWarningListingThem()
    {
        var docx = WithoutStyles(HouseStyleBuilder.Build(), StyleIds.BoxedNote, StyleIds.TableTotalNumber, StyleIds.ReportTable);

        var style = HouseStyle.Load(docx, "council.docx");

        Assert.Equal(new[] { StyleIds.TableTotalNumber, StyleIds.BoxedNote, StyleIds.ReportTable }, style.Styles.Where(s => s.Kind == StyleMatchKind.Supplied).Select(s => s.StyleId));
        var warning = Assert.Single(style.Warnings);
        Assert.Equal(DataProblemSeverity.Warning, warning.Severity);
        Assert.Contains("TableTotalNumber, BoxedNote, ReportTable", warning.Message);
        Assert.Equal("D9D9D9", style.TableHeaderFill);
        DocxAssert.Valid(new ReportEngine(style).MarkdownToDocx("> note\n\n| a | b |\n|---|--:|\n| x | 1 |\n", "t.md"));
    }

    [Fact]
    public void Load_ListStyleWithoutNumberingStrict_IsAProblem()
    {
        var docx = Edit(HouseStyleBuilder.Build(), main =>
        {
            var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == StyleIds.ListLetter);
            style.StyleParagraphProperties!.NumberingProperties!.Remove();
        });

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(docx, "council.docx", new HouseStyleOptions { RequireAllStyles = true }));

        Assert.Contains("list style 'ListLetter' has no numbering", Assert.Single(error.Problems).Message);
    }

    [Fact]
    public void Load_ListStyleWithoutNumbering_IsGivenSendsWithAWarning()
    {
        var docx = Edit(HouseStyleBuilder.Build(), main =>
        {
            var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == StyleIds.ListLetter);
            style.StyleParagraphProperties!.NumberingProperties!.Remove();
        });

        var style = HouseStyle.Load(docx, "council.docx");

        Assert.Contains("ListLetter", Assert.Single(style.Warnings).Message);
        DocxAssert.Valid(new ReportEngine(style).MarkdownToDocx("a. one\nb. two\n", "t.md"));
    }

    [Fact]
    public void Load_NotAWordDocument_IsAProblemNotACrash()
    {
        var error = Assert.Throws<DataException>(() => HouseStyle.Load(new byte[] { 1, 2, 3, 4 }, "notes.txt"));
        Assert.Equal("notes.txt", Assert.Single(error.Problems).Source);
    }

    [Fact]
    public void Load_PaletteVariables_AreTheHouseStylesColours()
    {
        var docx = Edit(HouseStyleBuilder.Build(), main =>
        {
            var variable = main.DocumentSettingsPart!.Settings!.Descendants<DocumentVariable>().Single(v => v.Name == "SendRagAmber");
            variable.Val = "FFD966";
        });

        var style = HouseStyle.Load(docx, "council.docx");

        Assert.Equal("FFD966", style.Palette.Fill(RagStatus.Amber));
        Assert.Equal("FFC7CE", style.Palette.Fill(RagStatus.Red));
    }

    [Fact]
    public void Default_HeadingNumbering_IsStyleLinkedMultilevelList()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(HouseStyleBuilder.Build()), false);
        var abstractNum = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>().Single(a => a.AbstractNumberId! == 0);
        var levels = abstractNum.Elements<Level>().ToDictionary(l => l.LevelIndex!.Value);

        Assert.Equal(StyleIds.Heading1, levels[0].ParagraphStyleIdInLevel!.Val!.Value);
        Assert.Equal("%1", levels[0].LevelText!.Val!.Value);
        Assert.Equal(StyleIds.NumberedParagraph, levels[1].ParagraphStyleIdInLevel!.Val!.Value);
        Assert.Equal("%1.%2", levels[1].LevelText!.Val!.Value);
    }

    internal static byte[] WithoutStyles(byte[] docx, params string[] ids) => Edit(docx, main =>
    {
        foreach (var style in main.StyleDefinitionsPart!.Styles!.Elements<Style>().Where(s => ids.Contains(s.StyleId?.Value)).ToList())
        {
            style.Remove();
        }
    });

    internal static byte[] Edit(byte[] docx, System.Action<MainDocumentPart> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document.MainDocumentPart!);
        }

        return stream.ToArray();
    }
}
