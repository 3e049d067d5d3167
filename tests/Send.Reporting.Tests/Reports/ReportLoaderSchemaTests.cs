using System;
using System.IO;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>A report author's own <c>data.schema.json</c> with a mistake gives problems naming the schema, not an exception.</summary>
public sealed class ReportLoaderSchemaTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("send-loader-schema-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Load_SchemaWithUnsupportedKeyword_ProblemNamesSchemaFileAndKeyword()
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp, "dbv-summary")).FullName;
        var source = Path.Combine(Approved.RepositoryRoot(), "templates", "dbv-summary");
        File.Copy(Path.Combine(source, ReportLoader.SampleFileName), Path.Combine(folder, ReportLoader.SampleFileName));
        var schemaPath = Path.Combine(folder, ReportLoader.SchemaFileName);
        File.WriteAllText(schemaPath, "{\n  \"type\": \"object\",\n  \"requird\": [\"title\"]\n}");

        var result = ReportLoader.Load(folder, Path.Combine(folder, ReportLoader.SampleFileName));

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Model);
        Assert.Equal(schemaPath, problem.Source);
        Assert.Equal(("requird", 3, 3), (problem.Value, problem.Line, problem.Column));
        Assert.Equal("SEND-SCHEMA-DEFINITION", problem.Code);
        Assert.Equal(DataProblemSeverity.Error, problem.Severity);
    }
}
