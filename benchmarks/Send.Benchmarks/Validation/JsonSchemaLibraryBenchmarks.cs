using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Send.Data.Validation;
using Send.Domain.Validation;

namespace Send.Benchmarks.Validation;

/// <summary>
/// Send's JSON Schema validator (<see cref="JsonSchemaValidator"/>) against JsonSchema.Net 8.0.5 (issue #20) on the
/// same schemas and documents, alternately in one run: a finance deficit table
/// (<c>docs/schemas/finance-deficit-table.schema.json</c>, <c>templates/data/wiltshire-deficit.json</c>) and 10,000
/// EHC cases made from <c>templates/data/case.sample.json</c>, checked against <c>docs/schemas/ehc-case.schema.json</c>
/// wrapped as <c>{ "type": "array", "items": { "$ref": "#/definitions/case" } }</c>. Both sides start from text, as
/// <c>send</c> does: JsonSchema.Net's rows include <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/>.
/// JsonSchema.Net evaluates with <see cref="OutputFormat.List"/> and format validation on (ours checks
/// <c>format: date</c>). <see cref="PrintErrors"/> prints what each reports for one bad document, and
/// <see cref="ColdStart"/> is the first validation in a fresh process, for hyperfine. Figures in benchmarks/README.md
/// under "Hand-written parts against libraries (issue #20)".
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class JsonSchemaLibraryBenchmarks
{
    private string deficitSchema = string.Empty;
    private string deficit = string.Empty;
    private string casesSchema = string.Empty;
    private string cases = string.Empty;
    private JsonSchemaValidator oursDeficit = null!;
    private JsonSchemaValidator oursCases = null!;
    private JsonSchema libraryDeficit = null!;
    private JsonSchema libraryCases = null!;

    [GlobalSetup]
    public void Setup()
    {
        (deficitSchema, deficit) = DeficitFiles();
        (casesSchema, cases) = CaseFiles(10_000);
        oursDeficit = JsonSchemaValidator.FromSchemaText(deficitSchema, "deficit.schema.json");
        oursCases = JsonSchemaValidator.FromSchemaText(casesSchema, "cases.schema.json");
        libraryDeficit = LibrarySchema(deficitSchema);
        libraryCases = LibrarySchema(casesSchema);
        if (oursDeficit.Validate(deficit, "d.json").Count != 0 || oursCases.Validate(cases, "c.json").Count != 0
            || !LibraryValidate(libraryDeficit, deficit).IsValid || !LibraryValidate(libraryCases, cases).IsValid)
        {
            throw new InvalidOperationException("The deficit table and the 10,000 cases should be valid for both validators.");
        }
    }

    [Benchmark]
    public JsonSchemaValidator OursReadDeficitSchema() => JsonSchemaValidator.FromSchemaText(deficitSchema, "deficit.schema.json");

    [Benchmark]
    public JsonSchema LibraryReadDeficitSchema() => LibrarySchema(deficitSchema);

    [Benchmark]
    public IReadOnlyList<DataProblem> OursValidateDeficit() => oursDeficit.Validate(deficit, "d.json");

    [Benchmark]
    public EvaluationResults LibraryValidateDeficit() => LibraryValidate(libraryDeficit, deficit);

    [Benchmark]
    public IReadOnlyList<DataProblem> OursValidateTenThousandCases() => oursCases.Validate(cases, "c.json");

    [Benchmark]
    public EvaluationResults LibraryValidateTenThousandCases() => LibraryValidate(libraryCases, cases);

    /// <summary>JsonSchema.Net's cheapest output (valid or not, no locations), to show what the list output costs.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public EvaluationResults LibraryValidateTenThousandCasesFlagOnly()
    {
        using var document = JsonDocument.Parse(cases);
        return libraryCases.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true });
    }

    /// <summary>Prints what each validator says about the same bad documents, for the README's side-by-side table.</summary>
    /// <returns>0.</returns>
    public static int PrintErrors()
    {
        var (deficitSchemaText, deficitText) = DeficitFiles();
        var badDeficit = ReplaceOnce(ReplaceOnce(deficitText, "\"in_year\": 39.177", "\"in_year\": true"), "\"2024-06-30\"", "\"2024-02-30\"");
        Print("Wiltshire deficit table: true in years[1].in_year, 30 February in a payment date", deficitSchemaText, badDeficit);
        var (caseSchemaText, caseText) = CaseFiles(3);
        var badCase = ReplaceOnce(ReplaceOnce(caseText, "\"decision_to_assess\"", "\"decision_to_asses\""), "\"2024-06-10\"", "\"2024-6-10\"");
        Print("3 EHC cases, an event kind misspelt and a date without its zero", caseSchemaText, badCase);
        return 0;
    }

    /// <summary>
    /// The first schema read and validation in a fresh process: <c>cold-json ours|library|none</c> reads the EHC case
    /// schema and sample and validates once (<c>none</c> only reads the files: process start and file reading).
    /// </summary>
    /// <param name="which">ours, library or none.</param>
    /// <returns>0 when the sample is valid.</returns>
    public static int ColdStart(string which)
    {
        var clock = Stopwatch.StartNew();
        var root = RepositoryRoot();
        var schema = File.ReadAllText(Path.Combine(root, "docs", "schemas", "ehc-case.schema.json"));
        var sample = File.ReadAllText(Path.Combine(root, "templates", "data", "case.sample.json"));
        var read = clock.Elapsed;
        bool valid;
        switch (which)
        {
            case "ours":
                valid = ColdOurs(schema, sample);
                break;
            case "library":
                valid = ColdLibrary(schema, sample);
                break;
            default:
                valid = schema.Length > 0 && sample.Length > 0;
                break;
        }

        Console.Error.WriteLine($"{which}: files {read.TotalMilliseconds:F1} ms, first read + validate {(clock.Elapsed - read).TotalMilliseconds:F1} ms");
        return valid ? 0 : 1;
    }

    // Each side in a method of its own, so that compiling ColdStart does not load the other side's assembly.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ColdOurs(string schema, string sample) =>
        JsonSchemaValidator.FromSchemaText(schema, "ehc-case.schema.json").Validate(sample, "case.sample.json").Count == 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ColdLibrary(string schema, string sample) => LibraryValidate(LibrarySchema(schema), sample).IsValid;

    private static void Print(string title, string schemaText, string json)
    {
        Console.WriteLine("## " + title);
        Console.WriteLine("Send's validator:");
        foreach (var problem in JsonSchemaValidator.FromSchemaText(schemaText, "schema.json").Validate(json, "data.json"))
        {
            Console.WriteLine("  " + problem);
        }

        Console.WriteLine("JsonSchema.Net 8.0.5 (OutputFormat.List, entries with errors):");
        var results = LibraryValidate(LibrarySchema(schemaText), json);
        foreach (var detail in new[] { results }.Concat(results.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
        {
            foreach (var error in detail.Errors!)
            {
                Console.WriteLine($"  instance '{detail.InstanceLocation}' (schema {detail.EvaluationPath}): {error.Key}: {error.Value}");
            }
        }

        Console.WriteLine();
    }

    private static JsonSchema LibrarySchema(string text) =>

        // A registry of its own each time: the schemas carry a $id, which the global registry holds only once.
        JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults LibraryValidate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static (string Schema, string Data) DeficitFiles()
    {
        var root = RepositoryRoot();
        return (File.ReadAllText(Path.Combine(root, "docs", "schemas", "finance-deficit-table.schema.json")),
            File.ReadAllText(Path.Combine(root, "templates", "data", "wiltshire-deficit.json")));
    }

    /// <summary>The case schema wrapped to take a list of cases, and a list of <paramref name="count"/> sample cases, one a line group.</summary>
    private static (string Schema, string Data) CaseFiles(int count)
    {
        var root = RepositoryRoot();
        var single = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "docs", "schemas", "ehc-case.schema.json")))!.AsObject();
        var definitions = single["definitions"]!.DeepClone().AsObject();
        var caseSchema = single.DeepClone().AsObject();
        caseSchema.Remove("definitions");
        caseSchema.Remove("$id");
        caseSchema.Remove("$schema");
        definitions["case"] = caseSchema;
        var wrapped = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://example.invalid/cases.schema.json",
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/definitions/case" },
            ["definitions"] = definitions,
        };

        var sample = File.ReadAllText(Path.Combine(root, "templates", "data", "case.sample.json")).Trim();
        sample = sample.Replace("  \"$schema\": \"../../docs/schemas/ehc-case.schema.json\",\n", string.Empty, StringComparison.Ordinal);
        var builder = new StringBuilder("[\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",\n")
                .Append(sample.Replace("\"SAMPLE-0001\"", "\"C" + i.ToString("D5", CultureInfo.InvariantCulture) + "\"", StringComparison.Ordinal));
        }

        return (wrapped.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), builder.Append("\n]\n").ToString());
    }

    private static string ReplaceOnce(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException("not found: " + find) : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

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
