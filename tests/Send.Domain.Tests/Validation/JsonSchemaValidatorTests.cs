using System.Collections.Generic;
using Send.Data.Validation;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

/// <summary>
/// The JSON Schema subset validator, one concern per partial file. Expected problems (line, column, field, message)
/// are worked out by hand from the documents written in each test; columns count characters from 1.
/// </summary>
public sealed partial class JsonSchemaValidatorTests
{
    private static IReadOnlyList<DataProblem> Check(string schema, string json) =>
        JsonSchemaValidator.FromSchemaText(schema, "test.schema.json").Validate(json, "data.json");

    private static DataProblem One(string schema, string json)
    {
        var problem = Assert.Single(Check(schema, json));
        Assert.Equal("data.json", problem.Source);
        Assert.Equal("SEND-SCHEMA", problem.Code);
        return problem;
    }

    private static void Clean(string schema, string json) => Assert.Empty(Check(schema, json));

    private static DataProblem LoadFails(string schema)
    {
        var ex = Assert.Throws<DataException>(() => JsonSchemaValidator.FromSchemaText(schema, "bad.schema.json"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("bad.schema.json", problem.Source);
        return problem;
    }
}
