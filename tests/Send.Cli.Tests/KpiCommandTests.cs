using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace Send.Cli.Tests;

public sealed class KpiCommandTests
{
    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, relative);
    }

    [Fact]
    public void Table_DevonSample_PrintsVerdicts()
    {
        var (code, stdout, _) = ProgramTests.Run("kpi", "table", RepoFile("templates/data/devon-strategic-kpis.json"));
        Assert.Equal(0, code);
        Assert.Contains("Looked after children per 10,000 aged U18", stdout);
        Assert.Contains("68 (better by 7)", stdout);
        Assert.Contains("89 (worse by 16)", stdout);
    }

    [Fact]
    public void Table_Json_HasRowsWithComparatorValueAndVerdict()
    {
        var (code, stdout, _) = ProgramTests.Run("kpi", "table", RepoFile("templates/data/devon-strategic-kpis.json"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(6, rows.GetArrayLength());
        var exclusions = rows[5];
        Assert.Equal("perm-excl-rate-secondary", exclusions.GetProperty("kpi").GetString());
        Assert.Equal("2022/23", exclusions.GetProperty("period").GetString());
        Assert.Equal(0.36m, exclusions.GetProperty("value").GetDecimal());
        var england = exclusions.GetProperty("comparators")[2];
        Assert.Equal(0.22m, england.GetProperty("value").GetDecimal());
        Assert.Equal("worse", england.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Table_BadFile_ExitsOneWithFileLineAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-kpi-bad-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\n \"rows\": [\n  { \"kpi\": \"ehcp-issued-20wk-excl-exc-pct\", \"period\": \"2024\", \"value\": 140 }\n ]\n}");
        try
        {
            var (code, _, stderr) = ProgramTests.Run("kpi", "table", path);
            Assert.Equal(1, code);
            Assert.Contains(path + "(3):", stderr);
            Assert.Contains("rows[0].value", stderr);
            Assert.Contains("'140'", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Table_MissingFile_ExitsOne()
    {
        var (code, _, stderr) = ProgramTests.Run("kpi", "table", "no-such-file.json");
        Assert.Equal(1, code);
        Assert.Contains("no-such-file.json", stderr);
    }

    [Fact]
    public void Catalogue_ListsReferenceIds()
    {
        var (code, stdout, _) = ProgramTests.Run("kpi", "catalogue");
        Assert.Equal(0, code);
        Assert.Contains("ehcp-issued-20wk-excl-exc-pct", stdout);
        Assert.Contains("contact-call-wait-time [L]", stdout);
        var (jsonCode, json, _) = ProgramTests.Run("kpi", "catalogue", "--json");
        Assert.Equal(0, jsonCode);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(document.RootElement.GetProperty("definitions").EnumerateArray(), d => d.GetProperty("id").GetString() == "cla-rate-per-10k" && d.GetProperty("polarity").GetString() == "no_polarity");
    }

    [Fact]
    public void Benchmark_NoDataFolder_ExitsOneSayingWhereToDownload()
    {
        var empty = Directory.CreateTempSubdirectory("send-kpi-empty-");
        try
        {
            var (code, _, stderr) = ProgramTests.Run("kpi", "benchmark", "--la", "Devon", "--measure", "SEN_EHC_Excpt_20wks", "--data-dir", empty.FullName);
            Assert.Equal(1, code);
            Assert.Contains("lait_data_long.tsv", stderr);
            Assert.Contains("SEND_DFE_DATA", stderr);
        }
        finally
        {
            empty.Delete(true);
        }
    }

    [Fact]
    public void Benchmark_MissingRequiredOption_IsUsageError()
    {
        var (code, _, _) = ProgramTests.Run("kpi", "benchmark", "--la", "Devon");
        Assert.Equal(2, code);
    }

    [Fact]
    public void Benchmark_RealData_DevonTimeliness()
    {
        var folder = Environment.GetEnvironmentVariable("SEND_DFE_DATA");
        if (string.IsNullOrWhiteSpace(folder) || !File.Exists(Path.Combine(folder, "lait", "lait_data_long.tsv")))
        {
            Assert.Skip("SEND_DFE_DATA is not set to a folder with lait/lait_data_long.tsv; the real-data CLI check needs the DfE files.");
        }

        var (code, stdout, _) = ProgramTests.Run("kpi", "benchmark", "--la", "Devon", "--measure", "SEN_EHC_Excpt_20wks", "--year", "2023", "--sn-set", "april2021", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(4.9m, json.RootElement.GetProperty("value").GetDecimal());
        Assert.Equal(35.6m, json.RootElement.GetProperty("neighbour_average").GetProperty("value").GetDecimal());
        Assert.Equal(10, json.RootElement.GetProperty("neighbour_average").GetProperty("count_used").GetInt32());
        Assert.Equal(50.3m, json.RootElement.GetProperty("england").GetProperty("value").GetDecimal());
        Assert.Equal("D", json.RootElement.GetProperty("quartile_band").GetString());
    }
}
