using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed partial class JsonSchemaValidatorTests
{
    [Fact]
    public void Column_AfterNonAsciiText_CountsCharactersNotBytes()
    {
        // {"a": "é😀", "b": "x"}: é is 2 UTF-8 bytes and 😀 4, but each is one character; "x" opens at character 18.
        var problem = One("""{ "properties": { "b": { "type": "number" } } }""", "{\"a\": \"\u00e9\U0001F600\", \"b\": \"x\"}");

        Assert.Equal((1, 18), (problem.Line, problem.Column));
    }

    [Fact]
    public void Line_CrLf_SameAsLf()
    {
        var problem = One("""{ "properties": { "a": { "type": "number" } } }""", "{\r\n  \"a\": \"x\"\r\n}");

        Assert.Equal((2, 8), (problem.Line, problem.Column));
    }

    [Fact]
    public void MalformedJson_OneJsonProblem()
    {
        var problem = Assert.Single(Check("""{ "type": "object" }""", "{\n  \"a\": 1,,\n}"));

        Assert.Equal(("SEND-JSON", 2), (problem.Code, problem.Line));
        Assert.StartsWith("the file is not valid JSON", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Field_PropertyNameWithSlash_FoundByPointer()
    {
        var problem = One("""{ "properties": { "a/b": { "type": "number" } } }""", "{\n \"a/b\": true }");

        Assert.Equal(("a/b", 2, 9), (problem.Field, problem.Line, problem.Column));
    }

    [Fact]
    public void Validate_LeadingByteOrderMark_IgnoredAndNotAColumn()
    {
        var problem = One("""{ "properties": { "a": { "type": "string" } } }""", "\uFEFF{\"a\": 1}");

        Assert.Equal((1, 7, "1"), (problem.Line, problem.Column, problem.Value));
    }

    [Fact]
    public void SchoolCalendar_LeadingByteOrderMark_Loads()
    {
        const string json = "\uFEFF{ \"name\": \"x\", \"terms\": [ { \"name\": \"Autumn\", \"first_day\": \"2024-09-04\", \"last_day\": \"2024-12-20\" } ] }";

        var problems = Send.Data.Calendars.SchoolCalendarReader.TryLoad(json, "bom.json", Send.Domain.Calendars.BankHolidayCalendar.EnglandAndWales, out var calendar);

        Assert.Empty(problems);
        Assert.NotNull(calendar);
    }
}
