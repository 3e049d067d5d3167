using System.Collections.Generic;
using System.Text.Json;
using Send.Data.Calendars;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed class YearJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForSendYears();

    private sealed record Row(FinancialYear Year, AcademicYear Academic, CalendarYear Calendar);

    [Fact]
    public void Deserialize_CouncilLabels_TypedYears()
    {
        var row = JsonSerializer.Deserialize<Row>("""{ "Year": "FY24/25", "Academic": "2023-24", "Calendar": 2024 }""", Options);

        Assert.Equal(new Row(new FinancialYear(2024), new AcademicYear(2023), new CalendarYear(2024)), row);
    }

    [Fact]
    public void Serialize_Years_DefaultLabels() =>
        Assert.Equal(
            """{"Year":"2024/25","Academic":"2023/24","Calendar":"2024"}""",
            JsonSerializer.Serialize(new Row(new FinancialYear(2024), new AcademicYear(2023), new CalendarYear(2024)), Options));

    [Fact]
    public void Deserialize_BadLabel_JsonExceptionQuotesTextWithPath()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Row>("""{ "Year": "2024/26", "Academic": "2023/24", "Calendar": 2024 }""", Options));

        Assert.Contains("'2024/26'", ex.Message);
        Assert.Contains("expected '2024/25'", ex.Message);
        Assert.Equal("$.Year", ex.Path);
    }

    [Fact]
    public void Deserialize_NumberForFinancialYear_Rejected()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FinancialYear>("2024", Options));

        Assert.Contains("\"2024/25\"", ex.Message);
    }

    [Fact]
    public void Dictionary_YearKeys_RoundTrip()
    {
        var values = new Dictionary<FinancialYear, int> { [new FinancialYear(2024)] = 1, [new FinancialYear(2025)] = 2 };

        var json = JsonSerializer.Serialize(values, Options);

        Assert.Equal("""{"2024/25":1,"2025/26":2}""", json);
        Assert.Equal(values, JsonSerializer.Deserialize<Dictionary<FinancialYear, int>>(json, Options));
    }
}
