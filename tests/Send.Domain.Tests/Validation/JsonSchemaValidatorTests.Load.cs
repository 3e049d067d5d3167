using System;
using Send.Data.Validation;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed partial class JsonSchemaValidatorTests
{
    [Fact]
    public void FromSchemaText_UnknownKeyword_DataExceptionNamesKeywordPathAndPosition()
    {
        // Line 3 is `    "T": { "propertiez": {} }`: the keyword's quote is the 12th character.
        var problem = LoadFails("{\n  \"definitions\": {\n    \"T\": { \"propertiez\": {} }\n  }\n}");

        Assert.Equal("propertiez", problem.Value);
        Assert.Equal("definitions.T.propertiez", problem.Field);
        Assert.Equal((3, 12), (problem.Line, problem.Column));
        Assert.Equal("SEND-SCHEMA-DEFINITION", problem.Code);
        Assert.Contains("'propertiez' is not supported", problem.Message, StringComparison.Ordinal);
        Assert.Contains("properties", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "patternProperties": {} }""", "patternProperties")]
    [InlineData("""{ "if": {}, "then": {} }""", "if")]
    [InlineData("""{ "properties": { "a": { "dependencies": {} } } }""", "dependencies")]
    public void FromSchemaText_KeywordOutsideSubset_Rejected(string schema, string keyword)
    {
        var ex = Assert.Throws<DataException>(() => JsonSchemaValidator.FromSchemaText(schema, "s.json"));

        Assert.Contains(ex.Problems, p => p.Value == keyword);
    }

    [Fact]
    public void FromSchemaText_AnnotationsAndVendorExtensions_Accepted() =>
        Clean("""
            { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "x", "id": "y", "title": "t", "description": "d",
              "default": 1, "examples": [1], "$comment": "c", "x-enumNames": ["A"], "x-abstract": true }
            """, "1");

    [Fact]
    public void FromSchemaText_PropertyNamedLikeKeyword_IsAName()
    {
        // Property names are not keywords: "patternProperties" is an allowed property here.
        Clean("""{ "properties": { "patternProperties": { "type": "string" } } }""", """{ "patternProperties": "x" }""");
    }

    [Fact]
    public void FromSchemaText_DefaultSource_IsSchema()
    {
        var ex = Assert.Throws<DataException>(() => JsonSchemaValidator.FromSchemaText("""{ "typo": 1 }"""));

        Assert.Equal(JsonSchemaValidator.DefaultSchemaSource, Assert.Single(ex.Problems).Source);
        Assert.Equal("schema", JsonSchemaValidator.DefaultSchemaSource);
    }

    [Fact]
    public void FromSchemaText_NotJson_JsonProblem()
    {
        var problem = LoadFails("{ \"type\": }");

        Assert.Equal("SEND-JSON", problem.Code);
        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("""{ "type": "strnig" }""", "type")]
    [InlineData("""{ "required": "name" }""", "required")]
    [InlineData("""{ "minLength": -1 }""", "minLength")]
    [InlineData("""{ "minimum": "0" }""", "minimum")]
    [InlineData("""{ "exclusiveMinimum": true }""", "exclusiveMinimum")]
    [InlineData("""{ "pattern": "([a-z" }""", "pattern")]
    [InlineData("""{ "items": [ {}, {} ] }""", "items")]
    [InlineData("""{ "enum": [] }""", "enum")]
    [InlineData("""{ "oneOf": {} }""", "oneOf")]
    [InlineData("""{ "$ref": "other.json#/definitions/A" }""", "$ref")]
    [InlineData("""{ "properties": { "a": 3 } }""", "")]
    public void FromSchemaText_KeywordWithWrongKindOfValue_Rejected(string schema, string keyword)
    {
        var problem = LoadFails(schema);

        Assert.Equal(keyword.Length == 0 ? null : keyword, problem.Value);
        Assert.Equal("SEND-SCHEMA-DEFINITION", problem.Code);
    }

    [Fact]
    public void FromSchemaText_Null_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => JsonSchemaValidator.FromSchemaText(null!));
        Assert.Throws<ArgumentNullException>(() => JsonSchemaValidator.FromSchemaText("{}", null!));
        Assert.Throws<ArgumentNullException>(() => JsonSchemaValidator.FromSchemaText("{}").Validate(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => JsonSchemaValidator.FromSchemaText("{}").Validate("{}", null!));
    }

    [Fact]
    public void Ref_Definitions_Resolved()
    {
        const string schema = """{ "$ref": "#/definitions/A", "definitions": { "A": { "type": "string" } } }""";

        Assert.Equal("text was expected", One(schema, "1").Message);
    }

    [Fact]
    public void Ref_Defs_Resolved() =>
        Assert.Equal("text was expected", One("""{ "$ref": "#/$defs/A", "$defs": { "A": { "type": "string" } } }""", "1").Message);

    [Fact]
    public void Ref_NestedDefinitionsAndChains_Resolved()
    {
        const string schema = """
            {
              "properties": { "v": { "$ref": "#/definitions/Outer/definitions/Inner" } },
              "definitions": {
                "Outer": { "definitions": { "Inner": { "$ref": "#/definitions/Leaf" } } },
                "Leaf": { "type": "integer", "minimum": 1 }
              }
            }
            """;

        Clean(schema, """{ "v": 2 }""");
        Assert.Equal(("v", "the number is too small"), (One(schema, """{ "v": 0 }""").Field, One(schema, """{ "v": 0 }""").Message));
    }

    [Fact]
    public void Ref_EscapedPointer_Resolved() =>
        Assert.Equal("text was expected", One("""{ "$ref": "#/definitions/a~1b", "definitions": { "a/b": { "type": "string" } } }""", "1").Message);

    [Fact]
    public void Ref_Missing_Rejected()
    {
        var problem = LoadFails("""{ "$ref": "#/definitions/Nowhere" }""");

        Assert.Equal("$ref", problem.Value);
        Assert.Contains("#/definitions/Nowhere", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "$ref": "#/definitions/A", "definitions": { "A": { "$ref": "#/definitions/B" }, "B": { "$ref": "#/definitions/A" } } }""")]
    [InlineData("""{ "definitions": { "A": { "allOf": [ { "$ref": "#/definitions/A" } ] } } }""")]
    [InlineData("""{ "$ref": "#" }""")]
    public void Ref_CycleThatNeverStepsIntoTheDocument_RejectedAtLoad(string schema)
    {
        var problem = LoadFails(schema);

        Assert.Contains("leads back to itself", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ref_RecursionThroughProperties_ValidatesTrees()
    {
        const string schema = """
            { "$ref": "#/definitions/Section",
              "definitions": { "Section": { "type": "object", "required": ["title"],
                "properties": { "title": { "type": "string" }, "children": { "type": "array", "items": { "$ref": "#/definitions/Section" } } } } } }
            """;

        var problem = One(schema, """{ "title": "a", "children": [ { "title": "b", "children": [ { "title": 3 } ] } ] }""");

        Assert.Equal("children[0].children[0].title", problem.Field);
    }
}
