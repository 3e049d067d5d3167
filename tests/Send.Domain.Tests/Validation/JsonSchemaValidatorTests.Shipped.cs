using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Send.Data.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

/// <summary>Every schema Send ships loads (the schema self-check), and every sample meant to be valid is clean.</summary>
public sealed partial class JsonSchemaValidatorTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    public static TheoryData<string> ShippedSchemas()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "docs", "schemas"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(RepoRoot, "templates"), "data.schema.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoRoot, file));
        }

        return data;
    }

    /// <summary>Pairs of (data file, its schema): template samples with the template's schema, and data files with the schema their <c>$schema</c> names.</summary>
    public static TheoryData<string, string> ShippedSamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Directory.GetDirectories(Path.Combine(RepoRoot, "templates")).Order(StringComparer.Ordinal))
        {
            var sample = Path.Combine(template, "sample.json");
            var schema = Path.Combine(template, "data.schema.json");
            if (File.Exists(sample) && File.Exists(schema))
            {
                data.Add(Path.GetRelativePath(RepoRoot, sample), Path.GetRelativePath(RepoRoot, schema));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "templates", "data"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.TryGetProperty("$schema", out var schema))
            {
                var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, schema.GetString()!));
                data.Add(Path.GetRelativePath(RepoRoot, file), Path.GetRelativePath(RepoRoot, schemaPath));
            }
        }

        data.Add(Path.Combine("src", "Send.Data", "Finance", "funding-rates.json"), Path.Combine("docs", "schemas", "finance-funding-rates.schema.json"));
        return data;
    }

    [Fact]
    public void ShippedFiles_Found()
    {
        // 8 schemas in docs/schemas and one per report template (4); a guard against the theories going empty.
        Assert.True(ShippedSchemas().Count >= 12, "found " + ShippedSchemas().Count);
        Assert.True(ShippedSamples().Count >= 11, "found " + ShippedSamples().Count);
    }

    [Theory]
    [MemberData(nameof(ShippedSchemas))]
    public void FromSchemaText_ShippedSchema_Loads(string schema)
    {
        var exception = Record.Exception(() => JsonSchemaValidator.FromSchemaText(File.ReadAllText(Path.Combine(RepoRoot, schema)), schema));

        Assert.True(exception is null, exception?.Message);
    }

    [Theory]
    [MemberData(nameof(ShippedSamples))]
    public void Validate_ShippedSample_Clean(string sample, string schema)
    {
        var validator = JsonSchemaValidator.FromSchemaText(File.ReadAllText(Path.Combine(RepoRoot, schema)), schema);

        var problems = validator.Validate(File.ReadAllText(Path.Combine(RepoRoot, sample)), sample);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Validate_ScrutinySampleWithImpossibleDate_ReportedAtTheValue()
    {
        // 30 February planted in the real scrutiny sample's meeting date: one problem, at the value's opening quote.
        const string schema = "templates/scrutiny-send-update/data.schema.json";
        var lines = File.ReadAllLines(Path.Combine(RepoRoot, "templates", "scrutiny-send-update", "sample.json"));
        var dateLine = Array.FindIndex(lines, l => l.Contains("\"meeting_date\": \"", StringComparison.Ordinal));
        Assert.True(dateLine >= 0, "the sample has no date to plant an error in");
        var text = lines[dateLine];
        var start = text.IndexOf("\"meeting_date\": \"", StringComparison.Ordinal) + 17;
        lines[dateLine] = text.Substring(0, start) + "2025-02-30" + text.Substring(start + 10);

        var problems = JsonSchemaValidator.FromSchemaText(File.ReadAllText(Path.Combine(RepoRoot, schema)), schema)
            .Validate(string.Join("\n", lines), "sample.json");

        var problem = Assert.Single(problems);
        Assert.Equal(("2025-02-30", dateLine + 1, start), (problem.Value, problem.Line, problem.Column));
        Assert.Equal("a date in the form YYYY-MM-DD was expected", problem.Message);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Send.sln not found above " + AppContext.BaseDirectory);
    }
}
