using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed partial class JsonSchemaValidatorTests
{
    [Fact]
    public void Type_TextWhereNumber_LineColumnFieldValueMessage()
    {
        // Line 2 is `  "in_year": "twenty"`: the value's opening quote is the 14th character.
        var problem = One("""{ "properties": { "in_year": { "type": "number" } } }""", "{\n  \"in_year\": \"twenty\"\n}");

        Assert.Equal((2, 14), (problem.Line, problem.Column));
        Assert.Equal("in_year", problem.Field);
        Assert.Equal("twenty", problem.Value);
        Assert.Equal("a number was expected", problem.Message);
    }

    [Theory]
    [InlineData("3", true)]
    [InlineData("3.0", true)]
    [InlineData("-2e2", true)]
    [InlineData("3.5", false)]
    [InlineData("\"3\"", false)]
    public void Type_Integer_WholeNumbersOnly(string value, bool valid)
    {
        var problems = Check("""{ "type": "integer" }""", value);

        if (valid)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal("a whole number was expected", Assert.Single(problems).Message);
        }
    }

    [Theory]
    [InlineData("string", "1", "text was expected")]
    [InlineData("boolean", "\"yes\"", "true or false was expected")]
    [InlineData("array", "{}", "a list ([...]) was expected")]
    [InlineData("object", "[]", "an object ({...}) was expected")]
    [InlineData("null", "0", "null was expected")]
    public void Type_EachType_Wording(string type, string value, string message) =>
        Assert.Equal(message, One($$"""{ "type": "{{type}}" }""", value).Message);

    [Fact]
    public void Type_ListOfTypes_AnyAcceptedAndMessageNamesAll()
    {
        const string schema = """{ "type": ["string", "null"] }""";
        Clean(schema, "null");
        Clean(schema, "\"x\"");

        var problem = One(schema, "true");

        Assert.Equal("text or null was expected", problem.Message);
        Assert.Equal("true", problem.Value);
    }

    [Fact]
    public void Type_WrongType_OnlyOneProblemForTheValue()
    {
        // The enum and minLength would only repeat that a number is not text.
        var problem = One("""{ "type": "string", "enum": ["a"], "minLength": 3 }""", "12");

        Assert.Equal("text was expected", problem.Message);
    }

    [Fact]
    public void FalseSchema_AnyValue_NothingAllowed()
    {
        var problem = One("""{ "properties": { "x": false } }""", """{ "x": 1 }""");

        Assert.Equal(("x", "no value is allowed here"), (problem.Field, problem.Message));
    }

    [Fact]
    public void TrueSchema_AnyValue_Clean() => Clean("true", """{ "anything": [1, "two", null] }""");
}
