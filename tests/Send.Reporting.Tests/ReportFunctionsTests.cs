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
}
