using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed partial class JsonSchemaValidatorTests
{
    [Fact]
    public void Enum_Numbers_ListsAllowedValues()
    {
        var problem = One("""{ "enum": [1, 2, "three"] }""", "3");

        Assert.Equal(("the value is not one of the allowed values", "3", "one of 1, 2, three"), (problem.Message, problem.Value, problem.Expected));
    }

    [Fact]
    public void Enum_NumberWrittenDifferently_Equal() => Clean("""{ "enum": [1, 2] }""", "2.0");

    [Fact]
    public void Const_OtherValue_NamesTheConst()
    {
        Clean("""{ "const": "chart" }""", "\"chart\"");

        var problem = One("""{ "const": "chart" }""", "\"table\"");

        Assert.Equal(("the value is not the one allowed here", "chart"), (problem.Message, problem.Expected));
    }

    [Theory]
    [InlineData("2024/25", true)]
    [InlineData("2024-25", false)]
    [InlineData("in 2024/25 we", false)]
    public void Pattern_Anchored_MatchesWholeValue(string value, bool valid)
    {
        var problems = Check("""{ "pattern": "^[0-9]{4}/[0-9]{2}$" }""", "\"" + value + "\"");

        Assert.Equal(valid ? 0 : 1, problems.Count);
    }

    [Fact]
    public void Pattern_Unanchored_FindsAnywhere() => Clean("""{ "pattern": "[0-9]" }""", "\"abc1\"");

    [Fact]
    public void Pattern_BackslashD_AsciiDigitsOnly()
    {
        // ECMA-262 \d is [0-9]; .NET's default would also accept Arabic-Indic digits (U+0661, U+0662).
        var problem = One("""{ "pattern": "^\\d+$" }""", "\"\u0661\u0662\"");

        Assert.Equal("the value does not have the expected form", problem.Message);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-04-31", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-1-01", false)]
    [InlineData("06/01/2025", false)]
    [InlineData("0000-01-01", false)]
    public void FormatDate_RealIsoDatesOnly(string value, bool valid)
    {
        var problems = Check("""{ "type": "string", "format": "date" }""", "\"" + value + "\"");

        if (valid)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal("a date in the form YYYY-MM-DD was expected", Assert.Single(problems).Message);
        }
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("int32")]
    [InlineData("no-such-format")]
    public void Format_Other_AnnotationOnly(string format) =>
        Clean($$"""{ "format": "{{format}}" }""", "\"anything\"");

    [Fact]
    public void FormatDate_NotText_Ignored() => Clean("""{ "format": "date" }""", "20250101");

    [Fact]
    public void Minimum_Inclusive_BoundAllowed()
    {
        const string schema = """{ "minimum": 0, "maximum": 10 }""";
        Clean(schema, "0");
        Clean(schema, "10");

        Assert.Equal(("the number is too small", "at least 0"), (One(schema, "-0.01").Message, One(schema, "-0.01").Expected));
        Assert.Equal(("the number is too big", "at most 10"), (One(schema, "10.5").Message, One(schema, "10.5").Expected));
    }

    [Fact]
    public void ExclusiveMinimum_Draft07Number_BoundExcluded()
    {
        const string schema = """{ "$schema": "http://json-schema.org/draft-07/schema#", "exclusiveMinimum": -1, "exclusiveMaximum": 1 }""";
        Clean(schema, "-0.999");
        Clean(schema, "0.999");

        Assert.Equal("more than -1", One(schema, "-1").Expected);
        Assert.Equal("less than 1", One(schema, "1").Expected);
    }

    [Fact]
    public void ExclusiveMinimum_Draft04Boolean_ModifiesMinimum()
    {
        const string exclusive = """{ "$schema": "http://json-schema.org/draft-04/schema#", "minimum": 0, "exclusiveMinimum": true, "maximum": 5, "exclusiveMaximum": true }""";
        const string inclusive = """{ "$schema": "http://json-schema.org/draft-04/schema#", "minimum": 0, "exclusiveMinimum": false }""";

        Assert.Equal(("the number is too small", "more than 0"), (One(exclusive, "0").Message, One(exclusive, "0").Expected));
        Assert.Equal("less than 5", One(exclusive, "5").Expected);
        Clean(exclusive, "0.001");
        Clean(inclusive, "0");
    }

    [Fact]
    public void ExclusiveMinimum_Draft07WithMinimum_BothChecked()
    {
        const string schema = """{ "minimum": 0, "exclusiveMinimum": 2 }""";

        Assert.Equal("more than 2", One(schema, "2").Expected);
        Assert.Equal("more than 2", One(schema, "-1").Expected);
        Clean(schema, "2.5");
    }

    [Fact]
    public void Minimum_HugeNumbers_ComparedWithoutOverflow()
    {
        Clean("""{ "minimum": 0 }""", "1e400");
        Assert.Equal("the number is too small", One("""{ "minimum": 0 }""", "-1e400").Message);
    }

    [Fact]
    public void MinLength_CountsCodePointsNotUtf16Units()
    {
        // U+1F600 is one code point but two UTF-16 code units.
        Assert.Equal(("the text is too short", "at least 2 characters"), (One("""{ "minLength": 2 }""", "\"\U0001F600\"").Message, One("""{ "minLength": 2 }""", "\"\U0001F600\"").Expected));
        Clean("""{ "maxLength": 1 }""", "\"\U0001F600\"");
        Assert.Equal("at most 1 character", One("""{ "maxLength": 1 }""", "\"ab\"").Expected);
    }

    [Fact]
    public void MinItemsMaxItems_CountItems()
    {
        const string schema = """{ "minItems": 1, "maxItems": 2 }""";
        Clean(schema, "[1, 2]");

        Assert.Equal(("the list has too few items", "at least 1 item"), (One(schema, "[]").Message, One(schema, "[]").Expected));
        Assert.Equal(("the list has too many items", "at most 2 items"), (One(schema, "[1, 2, 3]").Message, One(schema, "[1, 2, 3]").Expected));
    }

    [Fact]
    public void UniqueItems_Repeat_ReportedAtTheRepeat()
    {
        const string schema = """{ "uniqueItems": true }""";
        Clean(schema, """[1, "1", [1], {"a": 1}]""");

        // 1.0 equals 1, and objects compare regardless of property order.
        var problems = Check(schema, """[1, 1.0, {"a": 1, "b": 2}, {"b": 2, "a": 1}]""");

        Assert.Equal(new[] { "[1]", "[3]" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(problems, p => p.Field)));
        Assert.Equal("the list has this item more than once", problems[0].Message);
        Assert.Equal(5, problems[0].Column);
    }
}
