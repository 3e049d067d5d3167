using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Send.Data.Validation;

namespace Send.Domain.Tests.Validation;

/// <summary>
/// Generated documents: a list of objects, one per line, each holding a generated text (unescaped, so any Unicode)
/// and then a value of a generated JSON type. The generator knows which values break the schema's <c>type</c> and
/// where each value starts, so the expected problems are known without asking the validator.
/// </summary>
public sealed class JsonSchemaValidatorPropertyTests
{
    private static readonly string[] TypeNames = { "null", "boolean", "integer", "number", "string" };

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Property(MaxTest = 200)]
    public bool Validate_GeneratedValuesAgainstType_ProblemsExactlyWhereValuesHaveTheWrongType(byte schemaType, (byte Kind, int Number, string? Text, byte Indent)[] items)
    {
        var expectedType = schemaType % TypeNames.Length;
        var schema = $$"""{ "type": "array", "items": { "type": "object", "properties": { "v": { "type": "{{TypeNames[expectedType]}}" } } } }""";
        var json = new StringBuilder("[\n");
        var expected = new List<(int Line, int Column, string Field)>();
        for (var i = 0; i < items.Length; i++)
        {
            var (kind, number, text, indent) = items[i];
            var prefix = new string(' ', indent % 8) + "{\"s\": " + JsonSerializer.Serialize(text ?? string.Empty, Relaxed) + ", \"v\": ";
            var valueKind = kind % TypeNames.Length;
            var value = valueKind switch
            {
                0 => "null",
                1 => number % 2 == 0 ? "true" : "false",
                2 => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                3 => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".5",
                _ => JsonSerializer.Serialize(text ?? string.Empty, Relaxed),
            };
            json.Append(prefix).Append(value).Append('}').Append(i + 1 < items.Length ? ",\n" : "\n");
            var fits = valueKind == expectedType || (expectedType == 3 && valueKind == 2);
            if (!fits)
            {
                // Line 1 is "[", so item i is on line i + 2; the value starts after the prefix, counted in code points.
                expected.Add((i + 2, prefix.EnumerateRunes().Count() + 1, $"[{i}].v"));
            }
        }

        json.Append(']');

        var problems = JsonSchemaValidator.FromSchemaText(schema).Validate(json.ToString(), "generated.json");

        // Generated text may hold control characters: those are SEND-TEXT-CHAR problems at the text's own field.
        var schemaProblems = problems.Where(p => p.Code != "SEND-TEXT-CHAR").ToList();
        return schemaProblems.Select(p => (p.Line ?? 0, p.Column ?? 0, p.Field ?? string.Empty)).SequenceEqual(expected)
            && schemaProblems.All(p => p.Code == "SEND-SCHEMA")
            && problems.Where(p => p.Code == "SEND-TEXT-CHAR").All(p => p.Field is not null && p.Line >= 2);
    }

    [Property(MaxTest = 200)]
    public bool Validate_ArbitraryText_NeverThrowsAndPositionsLieInTheText(string? text, byte schemaType)
    {
        var json = text ?? string.Empty;
        var schema = $$"""{ "type": "{{TypeNames[schemaType % TypeNames.Length]}}", "items": { "type": "string" }, "additionalProperties": { "type": "integer" } }""";

        var problems = JsonSchemaValidator.FromSchemaText(schema).Validate(json, "any.json");

        var lines = json.Split('\n');
        return problems.All(p =>
            p.Line is null
            || (p.Line >= 1 && p.Line <= lines.Length && p.Column >= 1 && p.Column <= Encoding.UTF8.GetByteCount(lines[p.Line.Value - 1]) + 1));
    }

    private static readonly Lazy<(JsonSchemaValidator Validator, string Sample)> Scrutiny = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir.FullName, "templates", "scrutiny-send-update");
        return (JsonSchemaValidator.FromSchemaText(File.ReadAllText(Path.Combine(folder, "data.schema.json"))), File.ReadAllText(Path.Combine(folder, "sample.json")));
    });

    [Property(MaxTest = 100)]
    public bool Validate_ScrutinySampleWithOneValueReplaced_NeverThrowsAndEveryProblemLiesInTheText(int leaf, byte kind, int number, string? text)
    {
        // The real sample is valid; replace one scalar somewhere in it with a generated value.
        var root = JsonNode.Parse(Scrutiny.Value.Sample)!;
        var leaves = new List<JsonValue>();
        Collect(root, leaves);
        var target = leaves[Math.Abs(leaf % leaves.Count)];
        JsonNode? replacement = (kind % 4) switch
        {
            0 => null,
            1 => JsonValue.Create(number % 2 == 0),
            2 => JsonValue.Create(number),
            _ => JsonValue.Create(text ?? string.Empty),
        };
        var parent = target.Parent!;
        if (parent is JsonObject obj)
        {
            obj[target.GetPropertyName()] = replacement;
        }
        else
        {
            ((JsonArray)parent)[target.GetElementIndex()] = replacement;
        }

        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var problems = Scrutiny.Value.Validator.Validate(json, "mutated.json");

        var lines = json.Split('\n');
        return problems.All(p =>
            p.Code is "SEND-SCHEMA" or "SEND-TEXT-CHAR"
            && p.Line >= 1 && p.Line <= lines.Length
            && p.Column >= 1 && p.Column <= lines[p.Line.Value - 1].EnumerateRunes().Count() + 1
            && p.Field is not null);
    }

    private static void Collect(JsonNode? node, List<JsonValue> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, leaves);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, leaves);
                }

                break;
            case JsonValue value:
                leaves.Add(value);
                break;
        }
    }
}
