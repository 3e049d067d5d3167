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
}
