using System;
using System.Globalization;
using NodaTime;
using Send.Reporting.Functions;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class ReportFunctionsTests
{
    [Fact]
    public void FormatDate_LocalDate_IsEnglishLongFormWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("24 October 2024", ReportFunctions.FormatDate(new LocalDate(2024, 10, 24)));
            Assert.Equal("18.4%", ReportFunctions.FormatPercent(18.42m));
            Assert.Equal("£84.5m", ReportFunctions.FormatMoney(84_500_000m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(84_500_000, 1, "£84.5m")] // Wiltshire: "not exceeding £84.5m"
    [InlineData(10_156_000, 3, "£10.156m")] // Wiltshire: "overspend against the plan of £10.156m"
    [InlineData(26_800_000, 1, "£26.8m")]
    [InlineData(132_000_000, 1, "£132.0m")] // Devon: "£132.0 million"
    [InlineData(17_000, 1, "£17,000")] // Devon: "average cost of £17,000 per plan"
    [InlineData(-6_700_000, 1, "-£6.7m")]
    [InlineData(1_250_000, 0, "£1m")]
    [InlineData(999_999.5, 1, "£1,000,000")]
    public void FormatMoney_Pounds_CouncilPaperForm(decimal pounds, int decimals, string expected) =>
        Assert.Equal(expected, ReportFunctions.FormatMoney(pounds, decimals));

    [Theory]
    [InlineData(18.42, "18.4%")] // Devon: "an 18.42% increase" shown to 1 dp
    [InlineData(21, "21.0%")]
    [InlineData(0.05, "0.1%")]
    [InlineData(-3.25, "-3.3%")]
    public void FormatPercent_Percentage_OneDecimalPlace(decimal value, string expected) =>
        Assert.Equal(expected, ReportFunctions.FormatPercent(value));

    [Fact]
    public void FormatNumber_Integer_HasThousandsSeparators() => Assert.Equal("1,070", ReportFunctions.FormatNumber(1070));

    [Fact]
    public void FormatMoney_Text_ThrowsNamingFunctionAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportFunctions.FormatMoney("lots"));
        Assert.Equal("format_money: found 'lots'; expected a number", error.Message);
    }

    [Theory]
    [InlineData("green", "[[rag:green]]")]
    [InlineData("Amber", "[[rag:amber]]")]
    [InlineData(" RED ", "[[rag:red]]")]
    public void Rag_Status_IsMarker(string status, string expected) => Assert.Equal(expected, ReportFunctions.Rag(status).Markdown);

    [Fact]
    public void Rag_Colour_IsRefused() => Assert.Throws<ArgumentException>(() => ReportFunctions.Rag("#FF0000"));

    [Theory]
    [InlineData(2025, 1, 14, "short", "14 Jan 2025")]
    [InlineData(2023, 9, 1, "short", "1 Sep 2023")]
    [InlineData(2025, 1, 14, "month", "January 2025")]
    [InlineData(2025, 1, 14, "long", "14 January 2025")]
    public void FormatDate_Form_IsCouncilPaperForm(int year, int month, int day, string form, string expected) =>
        Assert.Equal(expected, ReportFunctions.FormatDate(new LocalDate(year, month, day), form));

    [Fact]
    public void FormatDate_UnknownForm_NamesTheForms() =>
        Assert.Contains("\"short\"", Assert.Throws<ArgumentException>(() => ReportFunctions.FormatDate(new LocalDate(2025, 1, 14), "iso")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(-6_700_000, "(£6.7m)")]
    [InlineData(-17_000, "(£17,000)")]
    [InlineData(6_700_000, "£6.7m")]
    public void FormatMoney_Brackets_WrapNegatives(decimal pounds, string expected) =>
        Assert.Equal(expected, ReportFunctions.FormatMoney(pounds, 1, "brackets"));

    [Fact]
    public void FormatMoneyTable_Brackets_WrapNegatives() =>
        Assert.Equal("(6.700)", ReportFunctions.FormatMoneyTable(-6_700_000m, 3, "brackets"));

    [Fact]
    public void FormatMoney_NegativeLiteralAfterName_ErrorSaysItWasReadAsSubtraction()
    {
        using var folder = new Support.TemplateFolder();
        var path = folder.Write("t.md.scriban", "{{ format_money -6700000 }}\n");
        var error = Assert.Throws<Send.Domain.Validation.DataException>(() => new ReportEngine(cache: new Templating.TemplateCache()).RenderMarkdown(path, new { }, TestContext.Current.CancellationToken));
        Assert.Contains("format_money(-6700000)", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatMoney_NegativeLiteralInBrackets_Works()
    {
        using var folder = new Support.TemplateFolder();
        var path = folder.Write("t.md.scriban", "{{ format_money(-6700000) }}");
        Assert.Equal("\\-£6\\.7m", new ReportEngine(cache: new Templating.TemplateCache()).RenderMarkdown(path, new { }, TestContext.Current.CancellationToken).Trim());
    }
}
