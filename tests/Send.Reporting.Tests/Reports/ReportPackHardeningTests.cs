using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>Regression tests for issue 12 at the level <c>send render</c> and <c>send check</c> call: data that used to crash or mislead.</summary>
public sealed class ReportPackHardeningTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("send-pack-hardening-").FullName;

    [Fact]
    public void Render_VerticalTabInData_IsWrittenAsALineBreak()
    {
        var data = SampleWith("strategic-update", json => json["improvements"]![0] = "Early\u000BHelp");
        var output = Path.Combine(folder, "vt.docx");

        var result = new ReportPack().Render(new ReportJob(RepoPaths.Combine("templates", "strategic-update"), data, output), TestContext.Current.CancellationToken);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        var docx = File.ReadAllBytes(output);
        DocxAssert.Valid(docx);
        Assert.Contains("<w:br />", DocxAssert.PartXml(docx, "word/document.xml"));
    }

    [Theory]
    [InlineData("a\u000Cb", "U+000C")]
    [InlineData("a\u001Bb", "U+001B")]
    [InlineData("a\uFFFFb", "U+FFFF")]
    public void Check_ControlCharacterInData_IsALocatedProblemNamingTheField(string value, string character)
    {
        var data = SampleWith("strategic-update", json => json["improvements"]![0] = value);

        var problems = new ReportPack().Check(RepoPaths.Combine("templates", "strategic-update"), data, TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal(("SEND-TEXT-CHAR", data, "improvements[0]"), (problem.Code, problem.Source, problem.Field));
        Assert.NotNull(problem.Line);
        Assert.Contains(character, problem.Message);
    }

    [Fact]
    public async System.Threading.Tasks.Task RenderMany_OneFileWithAControlCharacter_TheOthersAreWritten()
    {
        var batch = Directory.CreateDirectory(Path.Combine(folder, "batch")).FullName;
        File.Move(SampleWith("strategic-update", json => json["improvements"]![0] = "a\u000Cb"), Path.Combine(batch, "bad.json"));
        File.Move(SampleWith("strategic-update", _ => { }), Path.Combine(batch, "good.json"));
        File.Move(SampleWith("strategic-update", _ => { }), Path.Combine(batch, "upper.JSON"));
        var jobs = ReportPack.BatchJobs(RepoPaths.Combine("templates", "strategic-update"), batch, Path.Combine(folder, "out"));

        var results = await new ReportPack().RenderManyAsync(jobs, 2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, results.Count);
        Assert.Equal(new[] { false, true, true }, results.Select(r => r.Written));
    }

    [Fact]
    public async System.Threading.Tasks.Task RenderMany_TemplateAssigningToABuiltin_EveryJobGetsTheSameLocatedProblem()
    {
        var template = CopyTemplate("strategic-update");
        File.AppendAllText(Path.Combine(template, ReportPack.TemplateFileName), "\n{{ string.seen = 'yes' }}\n");
        var jobs = Enumerable.Range(0, 8)
            .Select(i => new ReportJob(template, Path.Combine(template, ReportLoader.SampleFileName), Path.Combine(folder, "out", i + ".docx")))
            .ToArray();

        var results = await new ReportPack().RenderManyAsync(jobs, 2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Single(r.Problems, p => p.Severity == DataProblemSeverity.Error && p.Code == "SEND-TEMPLATE"));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.csv")]
    public void Check_CaseloadFileOutsideTheDataFolder_IsRefusedWithoutEchoingIt(string named)
    {
        File.WriteAllText(Path.Combine(folder, "outside.csv"), "SECRET,LINE\n");
        var dataFolder = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        var data = SampleWith("scrutiny-send-update", json => json["ehcp"]!["caseload_file"] = named, dataFolder);

        var problems = new ReportPack().Check(RepoPaths.Combine("templates", "scrutiny-send-update"), data, TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal("ehcp.caseload_file", problem.Field);
        Assert.Contains("data file's folder", problem.Message);
        Assert.DoesNotContain("SECRET", string.Join("\n", problems));
        Assert.DoesNotContain("root:", string.Join("\n", problems));
    }

    [Fact]
    public void Render_CaseloadFileOutsideTheDataFolder_IsNotReadAheadAndIsRefusedAtItsLine()
    {
        File.WriteAllText(Path.Combine(folder, "outside.csv"), "SECRET,LINE\n");
        var dataFolder = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        var data = SampleWith("scrutiny-send-update", json => json["ehcp"]!["caseload_file"] = "../outside.csv", dataFolder);
        var output = Path.Combine(folder, "outside.docx");

        var result = new ReportPack().Render(new ReportJob(RepoPaths.Combine("templates", "scrutiny-send-update"), data, output), TestContext.Current.CancellationToken);

        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal((data, "ehcp.caseload_file", "SEND-REPORT-FILE"), (problem.Source, problem.Field, problem.Code));
        Assert.NotNull(problem.Line);
        Assert.DoesNotContain("SECRET", string.Join("\n", result.Problems));
    }

    [Fact]
    public void Render_CaseloadFileReadAheadWithABadDate_IsTheProblemOfThatFileAndLine()
    {
        // send render reads the caseload files the data names on the thread pool while the template starts; a problem
        // found there must reach the author exactly as one found by the template function itself.
        var template = CopyTemplate("scrutiny-send-update");
        var lines = File.ReadAllLines(Path.Combine(template, "caseload.csv"));
        var header = lines[0].Split(',');
        var cells = lines[3].Split(',');
        cells[Array.IndexOf(header, "request_received")] = "2024-13-01";
        lines[3] = string.Join(',', cells);
        File.WriteAllLines(Path.Combine(template, "caseload.csv"), lines);
        var output = Path.Combine(folder, "bad-caseload.docx");

        var result = new ReportPack().Render(new ReportJob(template, Path.Combine(template, ReportLoader.SampleFileName), output), TestContext.Current.CancellationToken);

        Assert.False(result.Written);
        Assert.False(File.Exists(output));
        var problem = Assert.Single(result.Problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal((Path.Combine(template, "caseload.csv"), 4, "request_received", "2024-13-01"), (problem.Source, problem.Line, problem.Field, problem.Value));
    }

    [Fact]
    public void Render_DataNamingACaseloadFileNoFunctionReads_RendersAsIfItWereNotNamed()
    {
        // Reading ahead is a guess: a caseload file that is named but never asked for (here it does not exist) is
        // not a problem of the render, as it was not before the files were read ahead.
        var template = Directory.CreateDirectory(Path.Combine(folder, "own-report")).FullName;
        File.WriteAllText(Path.Combine(template, ReportPack.TemplateFileName), "# {{ title }}\n\nA paper without caseload figures.\n");
        var data = Path.Combine(template, ReportLoader.SampleFileName);
        File.WriteAllText(data, "{ \"title\": \"Own paper\", \"ehcp\": { \"caseload_file\": \"not-there.csv\", \"as_of\": \"2024-11-30\" } }");
        var output = Path.Combine(folder, "own.docx");

        var result = new ReportPack().Render(new ReportJob(template, data, output), TestContext.Current.CancellationToken);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        Assert.Contains("Own paper", DocxAssert.PartXml(File.ReadAllBytes(output), "word/document.xml"));
    }

    [Fact]
    public void Check_Windows1252PoundSign_IsALocatedEncodingProblem()
    {
        var sample = File.ReadAllText(RepoPaths.Combine("templates", "strategic-update", ReportLoader.SampleFileName));
        var at = sample.IndexOf("Early Help", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(sample[..at]).Concat(new byte[] { 0xA3 }).Concat(Encoding.UTF8.GetBytes(sample[at..])).ToArray();
        var data = Path.Combine(folder, "cp1252.json");
        File.WriteAllBytes(data, bytes);
        var line = sample[..at].Count(c => c == '\n') + 1;

        var problems = new ReportPack().Check(RepoPaths.Combine("templates", "strategic-update"), data, TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems);
        Assert.Equal(("SEND-ENCODING", line, at - sample.LastIndexOf('\n', at)), (problem.Code, problem.Line, problem.Column));
        Assert.StartsWith("0xA3", problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateDeclaringAModelTheEngineDoesNotKnow_IsRefusedAsCheckRefusesIt()
    {
        // A template without a model line renders on the generic route (#13); a declared model is enforced.
        var template = CopyTemplate("schools-forum-send-update");
        var path = Path.Combine(template, ReportPack.TemplateFileName);
        File.WriteAllLines(path, new[] { "{{## model: Council.Reports.NoSuchModel ##}}" }.Concat(File.ReadAllLines(path).Skip(1)));
        var output = Path.Combine(folder, "x.docx");

        var result = new ReportPack().Render(new ReportJob(template, Path.Combine(template, ReportLoader.SampleFileName), output), TestContext.Current.CancellationToken);

        Assert.False(result.Written);
        Assert.Contains(result.Problems, p => p.Code == "SEND-REPORT-MODEL");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_OutputIsADevice_IsAWriteProblemNotAnException()
    {
        Assert.SkipUnless(File.Exists("/dev/null"), "needs /dev/null");
        var template = RepoPaths.Combine("templates", "strategic-update");

        var result = new ReportPack().Render(new ReportJob(template, Path.Combine(template, ReportLoader.SampleFileName), "/dev/null"), TestContext.Current.CancellationToken);

        Assert.False(result.Written);
        Assert.Contains(result.Problems, p => p.Code == "SEND-REPORT-WRITE");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string SampleWith(string template, Action<JsonNode> change, string? into = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("templates", template, ReportLoader.SampleFileName)))!;
        change(json);
        var path = Path.Combine(into ?? folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private string CopyTemplate(string name)
    {
        var source = RepoPaths.Combine("templates", name);
        var target = Path.Combine(folder, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
