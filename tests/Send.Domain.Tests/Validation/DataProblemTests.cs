using Send.Data.Validation;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed class DataProblemTests
{
    [Fact]
    public void ToString_AllParts_CompilerStyle()
    {
        var problem = new DataProblem("data/wiltshire.json", "does not follow from the row")
        {
            Line = 12,
            Column = 7,
            Field = "years[1].carried_forward",
            Value = "61.184",
            Expected = "61.183",
        };

        Assert.Equal(
            "data/wiltshire.json(12,7): years[1].carried_forward: does not follow from the row (found '61.184'; expected 61.183)",
            problem.ToString());
    }

    [Fact]
    public void ToString_NoLocation_SourceOnly()
    {
        var problem = new DataProblem("cases.csv", "the file is empty") { Severity = DataProblemSeverity.Warning };
        Assert.Equal("cases.csv: warning the file is empty", problem.ToString());
    }

    [Fact]
    public void JsonSchemaValidator_MissingRequired_NamesFieldAndLine()
    {
        var validator = JsonSchemaValidator.FromSchemaText(
            """{ "type": "object", "required": ["years"], "properties": { "years": { "type": "array" } } }""");

        var problems = validator.Validate("{\n  \"year\": []\n}", "table.json");

        var problem = Assert.Single(problems);
        Assert.Equal("table.json", problem.Source);
        Assert.Contains("years", problem.Message);
    }

    [Fact]
    public void JsonSchemaValidator_MalformedJson_OneProblemWithLine()
    {
        var validator = JsonSchemaValidator.FromSchemaText("""{ "type": "object" }""");

        var problems = validator.Validate("{\n  \"a\": ,\n}", "bad.json");

        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void JsonSchemaValidator_WrongType_ReportsFoundValue()
    {
        var validator = JsonSchemaValidator.FromSchemaText(
            """{ "type": "object", "properties": { "in_year": { "type": "number" } } }""");

        var problems = validator.Validate("{\n  \"in_year\": \"twenty\"\n}", "table.json");

        var problem = Assert.Single(problems);
        Assert.Equal("twenty", problem.Value);
        Assert.Equal("in_year", problem.Field);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void JsonSchemaValidator_NotInEnumeration_ListsAllowedValues()
    {
        var validator = JsonSchemaValidator.FromSchemaText(
            """{ "type": "object", "properties": { "status": { "type": "string", "enum": ["outturn", "forecast"] } } }""");

        var problems = validator.Validate("{ \"status\": \"guess\" }", "table.json");

        var problem = Assert.Single(problems);
        Assert.Equal("guess", problem.Value);
        Assert.Equal("one of outturn, forecast", problem.Expected);
    }
}
