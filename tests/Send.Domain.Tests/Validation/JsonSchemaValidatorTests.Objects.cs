using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed partial class JsonSchemaValidatorTests
{
    [Fact]
    public void Required_Missing_PositionOfObjectAndFieldOfProperty()
    {
        const string schema = """{ "properties": { "a": { "type": "object", "required": ["b", "c"] } } }""";

        // Line 2 is `  "a": {`: the brace is the 8th character.
        var problem = One(schema, "{\n  \"a\": {\n    \"b\": 1\n  }\n}");

        Assert.Equal((2, 8), (problem.Line, problem.Column));
        Assert.Equal("a.c", problem.Field);
        Assert.Equal("required property 'c' is missing", problem.Message);
        Assert.Null(problem.Value);
    }

    [Fact]
    public void AdditionalPropertiesFalse_Misspelt_PositionOfNameAndAllowedNames()
    {
        const string schema = """{ "additionalProperties": false, "properties": { "name": {}, "notes": {} } }""";

        var problem = One(schema, "{\n  \"name\": \"x\",\n  \"nots\": \"y\"\n}");

        Assert.Equal((3, 3), (problem.Line, problem.Column));
        Assert.Equal("nots", problem.Field);
        Assert.Equal("property 'nots' is not allowed here (check its spelling)", problem.Message);
        Assert.Equal("one of name, notes", problem.Expected);
        Assert.Null(problem.Value);
    }

    [Fact]
    public void AdditionalPropertiesSchema_AppliesToOtherProperties()
    {
        const string schema = """{ "properties": { "id": { "type": "string" } }, "additionalProperties": { "type": "integer" } }""";
        Clean(schema, """{ "id": "a", "x": 1, "y": 2 }""");

        var problem = One(schema, """{ "id": "a", "x": 1.5 }""");

        Assert.Equal(("x", "1.5", 19), (problem.Field, problem.Value, problem.Column));
    }

    [Fact]
    public void Properties_NestedArrayItem_FieldPathWithIndex()
    {
        const string schema = """{ "properties": { "years": { "items": { "properties": { "carried_forward": { "type": "number" } } } } } }""";
        const string json = "{ \"years\": [\n  { \"carried_forward\": 1 },\n  { \"carried_forward\": \"n/a\" }\n] }";

        var problem = One(schema, json);

        Assert.Equal("years[1].carried_forward", problem.Field);
        Assert.Equal((3, 24), (problem.Line, problem.Column));
    }

    [Fact]
    public void Validate_SeveralProblems_InDocumentOrder()
    {
        const string schema = """
            { "required": ["z"], "properties": { "a": { "type": "string" }, "b": { "items": { "type": "integer" } } } }
            """;
        const string json = "{\n  \"b\": [1, \"x\"],\n  \"a\": 2\n}";

        var problems = Check(schema, json);

        Assert.Equal(
            new (int?, int?, string?)[] { (1, 1, "z"), (2, 12, "b[1]"), (3, 8, "a") },
            System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(problems, p => (p.Line, p.Column, p.Field))));
    }

    [Fact]
    public void Value_LongText_ShortenedTo60Characters()
    {
        var text = new string('x', 70);

        var problem = One("""{ "type": "number" }""", "\"" + text + "\"");

        Assert.Equal(new string('x', 57) + "...", problem.Value);
    }
}
