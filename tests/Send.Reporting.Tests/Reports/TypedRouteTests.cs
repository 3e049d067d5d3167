using System;
using System.IO;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>
/// The typed route as a mechanism for council developers: a template that declares a model in its header is read
/// into that model when it is registered with the pack, prepared, and rendered; a declared model that is not
/// registered is an error, so the header is enforced rather than a comment. No shipped report uses it.
/// </summary>
public sealed class TypedRouteTests
{
    private const string Header = "{{## model: Send.Reporting.Tests.Reports.SmallTypedReport ##}}\n";

    private const string Data = """
        {
          "title_block": { "council": "Anyshire Council", "title": "Small report" },
          "history": [ { "year": "2023/24", "amount_m": 1.25 }, { "year": "2024/25", "amount_m": 2.5 } ],
          "scenarios": { "opening_deficit_m": 0.5, "years": [] }
        }
        """;

    private static ReportPack Registered() => new(models: new[] { new ReportDefinition("small", typeof(SmallTypedReport)) });

    [Fact]
    public void RenderMarkdown_RegisteredModel_ReadPreparedAndRendered()
    {
        using var folder = Folder(Data);

        var markdown = Registered().RenderMarkdown(folder.Path, Path.Combine(folder.Path, ReportLoader.SampleFileName), TestContext.Current.CancellationToken);

        // Headlines is computed by Prepare: 1.25 + 2.5.
        Assert.Contains("# Small report", markdown, StringComparison.Ordinal);
        Assert.Contains("Total 3\\.75 over 2 years", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ModelNotRegistered_IsAnErrorAtTheHeader()
    {
        using var folder = Folder(Data);

        var problems = new ReportPack().Check(folder.Path, (string?)null, TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal(("SEND-REPORT-MODEL", 1, "Send.Reporting.Tests.Reports.SmallTypedReport"), (problem.Code, problem.Line, problem.Value));
        Assert.StartsWith("a model registered with the report pack (none is)", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PrepareFindsAProblem_NothingRendered()
    {
        using var folder = Folder(Data.Replace("[ { \"year\": \"2023/24\", \"amount_m\": 1.25 }, { \"year\": \"2024/25\", \"amount_m\": 2.5 } ]", "[]", StringComparison.Ordinal));

        var problems = Registered().Check(folder.Path, (string?)null, TestContext.Current.CancellationToken);

        Assert.Equal("SEND-TEST-HISTORY", Assert.Single(problems).Code);
        Assert.Throws<DataException>(() => Registered().RenderMarkdown(folder.Path, Path.Combine(folder.Path, ReportLoader.SampleFileName), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Load_UnknownMember_ReportedByTheModelsReader()
    {
        using var folder = Folder(Data.Replace("\"title\":", "\"titel\":", StringComparison.Ordinal));

        var result = ReportLoader.Load(folder.Path, new[] { new Send.Reporting.Data.DataSource(null, Path.Combine(folder.Path, ReportLoader.SampleFileName)) }, Registered().Models);

        Assert.Null(result.Model);
        Assert.Equal(("SEND-DATA-READ", "title_block.titel"), (result.Problems.Single().Code, result.Problems.Single().Field));
    }

    private static TemplateFolder Folder(string data)
    {
        var folder = new TemplateFolder();
        folder.Write(ReportPack.TemplateFileName, Header + "# {{ title_block.title }}\n\nTotal {{ headlines }} over {{ history.size }} years.\n");
        folder.Write(ReportLoader.SchemaFileName, "{ \"type\": \"object\" }");
        folder.Write(ReportLoader.SampleFileName, data);
        return folder;
    }
}
