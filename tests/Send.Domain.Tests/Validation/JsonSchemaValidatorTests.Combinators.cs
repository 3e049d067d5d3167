using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed partial class JsonSchemaValidatorTests
{
    private const string Nullable = """
        {
          "properties": { "t": { "oneOf": [ { "type": "null" }, { "$ref": "#/definitions/T" } ] } },
          "definitions": { "T": { "type": "object", "required": ["x"], "properties": { "x": { "type": "integer" } } } }
        }
        """;

    private const string Tagged = """
        {
          "oneOf": [
            { "type": "object", "properties": { "kind": { "const": "chart" }, "size": { "type": "integer" } }, "required": ["kind", "size"] },
            { "type": "object", "properties": { "kind": { "enum": ["table"] }, "rows": { "type": "array" } }, "required": ["kind", "rows"] }
          ]
        }
        """;

    [Fact]
    public void OneOf_NullableObject_NullOrObjectPasses()
    {
        Clean(Nullable, """{ "t": null }""");
        Clean(Nullable, """{ "t": { "x": 1 } }""");
    }

    [Fact]
    public void OneOf_NullableObjectWithBadField_ReportsTheFieldNotNull()
    {
        var problem = One(Nullable, """{ "t": { "x": "one" } }""");

        Assert.Equal(("t.x", "a whole number was expected"), (problem.Field, problem.Message));
    }

    [Fact]
    public void OneOf_NullableObjectGivenText_ReportsObjectExpected()
    {
        var problem = One(Nullable, """{ "t": "x" }""");

        Assert.Equal("an object ({...}) was expected", problem.Message);
    }

    [Fact]
    public void OneOf_Discriminator_ReportsTheBranchTheKindNames()
    {
        // The chart branch has fewer problems (kind and size), but the kind says table.
        var problem = One(Tagged, """{ "kind": "table", "rows": "none" }""");

        Assert.Equal(("rows", "a list ([...]) was expected"), (problem.Field, problem.Message));
    }

    [Fact]
    public void OneOf_TwoBranchesMatch_OneProblem()
    {
        var problem = One("""{ "oneOf": [ { "type": "integer" }, { "minimum": 0 } ] }""", "3");

        Assert.Equal("the value matches more than one of the allowed forms", problem.Message);
    }

    [Fact]
    public void AnyOf_OneBranchMatches_Clean() =>
        Clean("""{ "anyOf": [ { "type": "integer" }, { "minimum": 0 } ] }""", "3");

    [Fact]
    public void AnyOf_NoneMatch_ReportsBranchWhoseTypeFits()
    {
        var problem = One("""{ "anyOf": [ { "type": "string" }, { "type": "number", "minimum": 10 } ] }""", "3");

        Assert.Equal("the number is too small", problem.Message);
    }

    [Fact]
    public void AllOf_EveryBranchApplies()
    {
        var problems = Check("""{ "allOf": [ { "minLength": 5 }, { "pattern": "^[a-z]+$" } ] }""", "\"AB\"");

        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Not_Matches_Problem()
    {
        Clean("""{ "not": { "type": "null" } }""", "0");

        Assert.Equal("the value has a form that is not allowed here", One("""{ "not": { "type": "null" } }""", "null").Message);
    }
}
