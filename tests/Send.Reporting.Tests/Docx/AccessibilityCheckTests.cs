using System;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Docx;
using Send.Reporting.Styling;
using Xunit;

namespace Send.Reporting.Tests.Docx;

public sealed class AccessibilityCheckTests
{
    private static DataProblem[] Check(string markdown) => new ReportEngine().CheckAccessibility(markdown, "t.md").ToArray();

    [Fact]
    public void Check_SkippedHeadingLevel_WarnsAtTheHeading()
    {
        var problem = Assert.Single(Check("# One\n\n### Three\n"));
        Assert.Equal(AccessibilityCheck.HeadingSkipCode, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void Check_TitleBlockHeadings_AreNotCounted() =>
        Assert.Empty(Check("::: title\n# Title\n\n## Sub\n:::\n\n# One\n\n## Two\n"));

    [Fact]
    public void Check_TableWithEmptyHeader_Warns() =>
        Assert.Equal(AccessibilityCheck.TableHeaderCode, Assert.Single(Check("| | |\n|---|---|\n| a | b |\n")).Code);

    [Theory]
    [InlineData("[https://www.gov.uk](https://www.gov.uk)")]
    [InlineData("<https://www.gov.uk>")]
    public void Check_LinkTextIsTheAddress_Warns(string markdown) =>
        Assert.Equal(AccessibilityCheck.LinkTextCode, Assert.Single(Check(markdown + "\n")).Code);

    [Fact]
    public void Check_DescriptiveLinkAndEmail_AreFine() =>
        Assert.Empty(Check("[SEND code of practice](https://www.gov.uk) and <a@example.gov.uk>\n"));

    [Fact]
    public void Check_DefaultPalette_PassesContrast() => Assert.Empty(Check("# Fine\n"));

    // WCAG 2.2 relative luminance: white is 1, black 0; black on white is (1 + 0.05) / 0.05 = 21:1. #767676: each
    // channel 118/255 = 0.4627, linearised ((0.4627 + 0.055) / 1.055)^2.4 = 0.1811, so (0.1811 + 0.05) / 0.05 = 4.62.
    [Theory]
    [InlineData("FFFFFF", 21.0)]
    [InlineData("000000", 1.0)]
    [InlineData("767676", 4.62)]
    public void ContrastWithBlack_KnownColours(string hex, double expected) =>
        Assert.Equal(expected, AccessibilityCheck.ContrastWithBlack(hex), 2);

    [Fact]
    public void Check_DarkRagFill_WarnsContrast()
    {
        // #707070: relative luminance 0.162, so black text has (0.162 + 0.05) / 0.05 = 4.2:1, below AA's 4.5:1.
        var docx = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main =>
        {
            var variable = main.DocumentSettingsPart!.Settings!.Descendants<DocumentFormat.OpenXml.Wordprocessing.DocumentVariable>().Single(v => v.Name == "SendRagRed");
            variable.Val = "707070";
        });
        var engine = new ReportEngine(HouseStyle.Load(docx, "dark.docx"));
        var problem = Assert.Single(engine.CheckAccessibility("# A\n", "t.md"));
        Assert.Equal(AccessibilityCheck.ContrastCode, problem.Code);
        Assert.Contains("Red", problem.Message, StringComparison.Ordinal);
    }
}
