using System.Text;
using Send.Data.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

/// <summary>Text no document can hold, and documents with very many problems (issue 12).</summary>
public sealed partial class JsonSchemaValidatorTests
{
    private const string AnyObject = """{ "type": "object" }""";

    [Theory]
    [InlineData("\\u000c", "U+000C")]
    [InlineData("\\u001b", "U+001B")]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\uffff", "U+FFFF")]
    public void Validate_ControlCharacterInText_IsALocatedProblemNamingTheField(string escaped, string character)
    {
        // Line 2 is '  "list": ["a...': column 12 is the opening quote of the value.
        var problem = Assert.Single(Check(AnyObject, "{\n  \"list\": [\"a" + escaped + "b\"]\n}"));
        Assert.Equal(("SEND-TEXT-CHAR", 2, 12, "list[0]"), (problem.Code, problem.Line, problem.Column, problem.Field));
        Assert.Contains(character, problem.Message);
    }

    [Fact]
    public void Validate_ControlCharacterInPropertyName_IsAProblemAtTheName()
    {
        var problem = Assert.Single(Check(AnyObject, "{ \"a\\u0001\": 1 }"));
        Assert.Equal(("SEND-TEXT-CHAR", 1, 3), (problem.Code, problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("a\\u000bb")]
    [InlineData("tab\\tand\\r\\nnew line")]
    [InlineData("emoji \\ud83d\\ude00")]
    public void Validate_VerticalTabTabsNewLinesAndPairs_AreText(string text) =>
        Clean(AnyObject, "{ \"x\": \"" + text + "\" }");

    [Fact]
    public void Validate_HalfASurrogatePair_IsAProblem() =>
        Assert.Equal("SEND-TEXT-CHAR", Assert.Single(Check(AnyObject, "{ \"x\": \"a\\ud800b\" }")).Code);

    [Fact]
    public void Validate_HundredThousandUnknownProperties_ListsTheFirstHundredThenHowManyMore()
    {
        var json = new StringBuilder("{");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("\"u").Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append("\":1");
        }

        var problems = Check("""{ "type": "object", "additionalProperties": false }""", json.Append('}').ToString());

        Assert.Equal(JsonSchemaValidator.MaxProblems + 1, problems.Count);
        Assert.Equal((1, 2, "u000000"), (problems[0].Line, problems[0].Column, problems[0].Field));

        // Each property "uNNNNNN":1 is 12 characters, with a comma between: the 100th starts at column 2 + 99 * 12.
        Assert.Equal(2 + (99 * 12), problems[99].Column);
        Assert.Equal("and 99,900 more problem(s) like these, not listed", problems[^1].Message);
        Assert.Null(problems[^1].Line);
    }
}
