using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using Scriban.Runtime;

namespace Send.Reporting.Data;

/// <summary>
/// Writes a starter JSON Schema (<c>data.schema.json</c>) from sample data bound by <see cref="JsonData"/>, for
/// authors who want the schema's checks: every member the sample has is required and no other is allowed, numbers
/// are numbers, ISO dates are strings with <c>format: date</c>, and the items of an array share one schema (members
/// every item has are required; members only some have are optional).
/// </summary>
/// <remarks>
/// A starting point, not the truth: a member that is null in the sample may hold text elsewhere, and a list that is
/// empty in the sample says nothing about its items. Edit the result. Uses only the keywords Send checks
/// (docs/json-schema.md). Stateless and thread-safe.
/// </remarks>
public static class SchemaInference
{
    /// <summary>Infers a schema for <paramref name="data"/> and returns it as indented JSON text.</summary>
    /// <param name="data">The bound sample data (usually a <see cref="BoundObject"/>).</param>
    /// <param name="title">The schema's title, or null.</param>
    /// <returns>The schema text, ending with a new line.</returns>
    public static string Infer(object? data, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            if (title is not null)
            {
                writer.WriteString("title", title);
            }

            WriteBody(writer, new[] { data });
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Writes the keywords of one schema that fits every value in <paramref name="values"/>.</summary>
    private static void WriteBody(Utf8JsonWriter writer, IReadOnlyList<object?> values)
    {
        var types = values.Select(TypeOf).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        if (types.Count == 1)
        {
            writer.WriteString("type", types[0]);
        }
        else if (types.Count > 1)
        {
            writer.WriteStartArray("type");
            foreach (var type in types)
            {
                writer.WriteStringValue(type);
            }

            writer.WriteEndArray();
        }

        var strings = values.OfType<string>().ToList();
        if (strings.Count > 0 && strings.All(s => LocalDatePattern.Iso.Parse(s).Success))
        {
            writer.WriteString("format", "date");
        }

        var objects = values.OfType<ScriptObject>().ToList();
        if (objects.Count > 0)
        {
            var names = objects.SelectMany(o => o.Keys).Distinct(StringComparer.Ordinal).ToList();
            writer.WriteStartObject("properties");
            foreach (var name in names)
            {
                writer.WriteStartObject(name);
                WriteBody(writer, objects.Where(o => o.ContainsKey(name)).Select(o => o[name]).ToList());
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (var name in names.Where(n => objects.All(o => o.ContainsKey(n))))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteBoolean("additionalProperties", false);
        }

        var items = values.OfType<ScriptArray>().SelectMany(a => a).ToList();
        if (items.Count > 0)
        {
            writer.WriteStartObject("items");
            WriteBody(writer, items);
            writer.WriteEndObject();
        }
    }

    private static string TypeOf(object? value) => value switch
    {
        null => "null",
        string => "string",
        bool => "boolean",
        decimal => "number",
        ScriptArray => "array",
        ScriptObject => "object",
        _ => "string",
    };
}
