using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Send.Data.Validation;
using Send.Domain.Validation;

namespace Send.Benchmarks.Validation;

/// <summary>
/// JSON Schema work in a <c>send render</c> of the scrutiny report: reading the template's data schema (the largest
/// Send ships, 118 <c>type</c> keywords, 29 formats) and validating its sample data, clean and with one error (which
/// adds the position pass). Figures in benchmarks/README.md under "Validation".
/// </summary>
[MemoryDiagnoser]
public class JsonSchemaBenchmarks
{
    private string schema = string.Empty;
    private string sample = string.Empty;
    private string sampleWithError = string.Empty;
    private JsonSchemaValidator validator = null!;
    private JsonSchemaValidator strategicValidator = null!;
    private string unknownProperties = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepositoryRoot(), "templates", "scrutiny-send-update");
        schema = File.ReadAllText(Path.Combine(folder, "data.schema.json"));
        sample = File.ReadAllText(Path.Combine(folder, "sample.json"));
        sampleWithError = sample.Replace("\"meeting_date\": \"2025-01-14\"", "\"meeting_date\": \"2025-02-30\"", StringComparison.Ordinal);
        validator = JsonSchemaValidator.FromSchemaText(schema, "data.schema.json");
        if (validator.Validate(sample, "sample.json").Count != 0 || validator.Validate(sampleWithError, "sample.json").Count != 1)
        {
            throw new InvalidOperationException("The scrutiny sample should validate clean, and with the planted date give one problem.");
        }

        // Issue 12: a 1.4 MB one-line file with 100,000 unknown properties took 49 s (columns were counted from the
        // start of the line for each problem); the validator is now linear and lists the first 100 problems.
        var strategic = Path.Combine(RepositoryRoot(), "templates", "strategic-update");
        strategicValidator = JsonSchemaValidator.FromSchemaText(File.ReadAllText(Path.Combine(strategic, "data.schema.json")), "data.schema.json");
        var builder = new System.Text.StringBuilder(File.ReadAllText(Path.Combine(strategic, "sample.json")).TrimEnd().TrimEnd('}'));
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(", \"u").Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append("\": 1");
        }

        unknownProperties = builder.Append('}').ToString().Replace("\n", " ", StringComparison.Ordinal);
    }

    [Benchmark]
    public JsonSchemaValidator ParseScrutinySchema() => JsonSchemaValidator.FromSchemaText(schema, "data.schema.json");

    [Benchmark]
    public IReadOnlyList<DataProblem> ValidateScrutinySample() => validator.Validate(sample, "sample.json");

    [Benchmark]
    public IReadOnlyList<DataProblem> ValidateScrutinySampleWithOneError() => validator.Validate(sampleWithError, "sample.json");

    [Benchmark]
    public IReadOnlyList<DataProblem> ValidateHundredThousandUnknownProperties() => strategicValidator.Validate(unknownProperties, "big.json");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Send.sln not found above " + AppContext.BaseDirectory);
    }
}
