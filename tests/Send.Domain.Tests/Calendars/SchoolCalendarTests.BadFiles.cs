using Send.Data.Calendars;
using Send.Domain.Calendars;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class SchoolCalendarTests
{
    private static DataProblem SingleError(string json)
    {
        var problems = SchoolCalendarReader.TryLoad(json, "terms.json", BankHolidayCalendar.EnglandAndWales, out var calendar);

        Assert.Null(calendar);
        return Assert.Single(problems, p => p.Severity == DataProblemSeverity.Error);
    }

    [Fact]
    public void TryLoad_ReversedTerm_NamesFieldValueAndLine()
    {
        var problem = SingleError("""
            {
              "name": "x",
              "terms": [
                { "name": "Autumn", "first_day": "2024-12-20", "last_day": "2024-09-04" }
              ]
            }
            """);

        Assert.Equal("terms[0].last_day", problem.Field);
        Assert.Equal("2024-09-04", problem.Value);
        Assert.Equal(4, problem.Line);
        Assert.Contains("before its first day", problem.Message);
        Assert.StartsWith("terms.json(4,", problem.ToString());
    }

    [Fact]
    public void TryLoad_OverlappingTerms_NamesBothTerms()
    {
        var problem = SingleError("""
            {
              "name": "x",
              "terms": [
                { "name": "Autumn", "first_day": "2024-09-04", "last_day": "2024-12-20" },
                { "name": "Spring", "first_day": "2024-12-16", "last_day": "2025-04-04" }
              ]
            }
            """);

        Assert.Equal("terms[1].first_day", problem.Field);
        Assert.Equal("2024-12-16", problem.Value);
        Assert.Contains("'Spring' overlaps term 'Autumn'", problem.Message);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void TryLoad_ImpossibleDate_NamesFieldAndValue()
    {
        var problem = SingleError("""
            {
              "name": "x",
              "terms": [ { "name": "Spring", "first_day": "2025-02-30", "last_day": "2025-04-04" } ]
            }
            """);

        Assert.Equal("terms[0].first_day", problem.Field);
        Assert.Equal("2025-02-30", problem.Value);
        Assert.Contains("YYYY-MM-DD", problem.Expected);
    }

    [Fact]
    public void TryLoad_WrongDateForm_SchemaProblemWithField()
    {
        var problem = SingleError("""
            {
              "name": "x",
              "terms": [ { "name": "Spring", "first_day": "06/01/2025", "last_day": "2025-04-04" } ]
            }
            """);

        Assert.Equal("terms[0].first_day", problem.Field);
        Assert.Equal("06/01/2025", problem.Value);
        Assert.Contains("YYYY-MM-DD", problem.Expected);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void TryLoad_MisspeltProperty_SchemaProblem()
    {
        var problems = SchoolCalendarReader.TryLoad(
            """{ "name": "x", "term": [] }""", "terms.json", BankHolidayCalendar.EnglandAndWales, out var calendar);

        Assert.Null(calendar);
        Assert.Contains(problems, p => p.Message.Contains("'term' is not allowed"));
        Assert.Contains(problems, p => p.Message.Contains("'terms' is missing"));
    }

    [Fact]
    public void TryLoad_ClosedDayOnWeekend_WarningOnly()
    {
        var problems = SchoolCalendarReader.TryLoad(
            """
            {
              "name": "x",
              "terms": [ { "name": "Spring", "first_day": "2025-01-06", "last_day": "2025-04-04" } ],
              "closed_days": [ { "date": "2025-01-11", "reason": "INSET day" } ]
            }
            """,
            "terms.json",
            BankHolidayCalendar.EnglandAndWales,
            out var calendar);

        Assert.NotNull(calendar);
        var warning = Assert.Single(problems);
        Assert.Equal(DataProblemSeverity.Warning, warning.Severity);
        Assert.Equal("closed_days[0].date", warning.Field);
    }

    [Fact]
    public void Load_BadFile_DataExceptionCarriesProblems()
    {
        var ex = Assert.Throws<DataException>(() => SchoolCalendarReader.Load("""{ "name": "x", "terms": [ { "name": "A", "first_day": "2009-01-05", "last_day": "2009-02-05" } ] }""", "old.json"));

        Assert.All(ex.Problems, p => Assert.Equal("old.json", p.Source));
        Assert.Contains(ex.Problems, p => p.Field == "terms[0].first_day" && p.Expected!.Contains("2010"));
    }

    [Fact]
    public void TryLoad_NotJson_OneProblemWithLine()
    {
        var problems = SchoolCalendarReader.TryLoad("{\n  \"name\": ,\n}", "terms.json", BankHolidayCalendar.EnglandAndWales, out var calendar);

        Assert.Null(calendar);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void Schema_DocsCopy_IsTheEmbeddedSchema()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "docs", "schemas", "school-calendar.schema.json"));

        Assert.Equal(docs.ReplaceLineEndings(), SchoolCalendarReader.SchemaText.ReplaceLineEndings());
    }

    [Fact]
    public void TryLoad_Sample_NoProblemsAtAll()
    {
        var problems = SchoolCalendarReader.TryLoad(System.IO.File.ReadAllText(SamplePath), "sample.json", BankHolidayCalendar.EnglandAndWales, out var calendar);

        Assert.Empty(problems);
        Assert.NotNull(calendar);
    }
}
