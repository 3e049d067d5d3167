using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Send.Domain.Validation;

namespace Send.Data.Validation.Schema;

/// <summary>
/// Reads JSON Schema text (draft-04 or draft-07) into <see cref="SchemaNode"/>s, checking every keyword: a keyword
/// Send does not support, a keyword with a value of the wrong kind, an unresolvable <c>$ref</c> or a <c>$ref</c> cycle
/// that would never reach the document is a problem, never silently ignored.
/// </summary>
internal sealed class SchemaCompiler
{
    /// <summary>The code of problems in a schema file itself.</summary>
    public const string ProblemCode = "SEND-SCHEMA-DEFINITION";

    /// <summary>How long one <c>pattern</c> may take on one value.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The keywords that are checked, in the order the documentation lists them.</summary>
    public static readonly IReadOnlyList<string> AssertionKeywords = new[]
    {
        "type", "enum", "const",
        "properties", "required", "additionalProperties",
        "items", "minItems", "maxItems", "uniqueItems",
        "minLength", "maxLength", "pattern", "format",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "allOf", "anyOf", "oneOf", "not",
        "$ref", "definitions", "$defs",
    };

    /// <summary>The keywords that are read and ignored (annotations); keywords starting <c>x-</c> are too.</summary>
    public static readonly IReadOnlyList<string> AnnotationKeywords = new[]
    {
        "$schema", "$id", "id", "title", "description", "default", "examples", "$comment",
    };

    private static readonly char[] PointerSpecials = { '~', '/' };

    private static readonly HashSet<string> Known = new(AssertionKeywords.Concat(AnnotationKeywords), StringComparer.Ordinal);

    // Generic code over value types from other assemblies (List of tuples, LINQ over JsonElement) would be compiled
    // at run time even in a ReadyToRun build; this class avoids it so that a cold `send render` pays less JIT.
    private readonly List<SchemaDefinitionProblem> problems = new();
    private readonly Dictionary<string, SchemaNode> nodes = new(StringComparer.Ordinal);
    private readonly List<SchemaNode> withRefs = new();

    private SchemaCompiler()
    {
    }

    /// <summary>Compiles <paramref name="schemaJson"/>.</summary>
    /// <exception cref="DataException">The text is not JSON, or the schema uses or misuses keywords (all problems are listed).</exception>
    public static SchemaNode Compile(string schemaJson, string source)
    {
        var utf8 = JsonSchemaValidator.ToUtf8(schemaJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            throw new DataException(new[] { JsonSchemaValidator.SyntaxProblem(ex, source) });
        }

        using (document)
        {
            var compiler = new SchemaCompiler();
            var root = compiler.Read(document.RootElement, string.Empty);
            compiler.ResolveReferences();
            compiler.RejectCycles();
            if (compiler.problems.Count > 0)
            {
                var map = JsonPositionMap.Build(utf8);
                throw new DataException(compiler.problems.Select(p =>
                {
                    var position = p.AtName ? map.NameStart(p.Pointer) ?? map.ValueStart(p.Pointer) : map.ValueStart(p.Pointer);
                    return new DataProblem(source, p.Message)
                    {
                        Line = position?.Line,
                        Column = position?.Column,
                        Field = PointerToField(p.Pointer),
                        Value = p.Keyword.Length == 0 ? null : p.Keyword,
                        Expected = p.Expected,
                        Code = ProblemCode,
                    };
                }).OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0));
            }

            return root;
        }
    }

    private static string SupportedList =>
        "a keyword Send supports: " + string.Join(", ", AssertionKeywords) + "; annotations " + string.Join(", ", AnnotationKeywords) + " and x-...";

    private SchemaNode Read(JsonElement element, string pointer)
    {
        var node = new SchemaNode(pointer);
        nodes[pointer] = node;
        if (element.ValueKind == JsonValueKind.True)
        {
            return node;
        }

        if (element.ValueKind == JsonValueKind.False)
        {
            node.RejectsEverything = true;
            return node;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(pointer, false, null, "a schema must be an object or true/false", "an object such as { \"type\": \"string\" }");
            return node;
        }

        // draft-04 writes exclusiveMinimum/exclusiveMaximum as booleans that modify minimum/maximum.
        var exclusiveMinimumFlag = element.TryGetProperty("exclusiveMinimum", out var xmin) && xmin.ValueKind == JsonValueKind.True;
        var exclusiveMaximumFlag = element.TryGetProperty("exclusiveMaximum", out var xmax) && xmax.ValueKind == JsonValueKind.True;

        foreach (var keyword in element.EnumerateObject())
        {
            var at = pointer + "/" + Escape(keyword.Name);
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    node.Types = ReadTypes(value, at);
                    break;
                case "enum":
                    if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
                    {
                        Problem(at, false, "enum", "'enum' must be a non-empty list of values", "[ \"a\", \"b\" ]");
                    }
                    else
                    {
                        node.Enum = CloneItems(value);
                    }

                    break;
                case "const":
                    node.Const = value.Clone();
                    break;
                case "properties":
                    node.Properties = ReadSchemaMap(value, at, "properties");
                    break;
                case "definitions":
                case "$defs":
                    _ = ReadSchemaMap(value, at, keyword.Name);
                    break;
                case "required":
                    node.Required = ReadNames(value, at);

                    break;
                case "additionalProperties":
                    node.AdditionalProperties = value.ValueKind == JsonValueKind.True ? null : Read(value, at);
                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        Problem(at, false, "items", "'items' as a list of schemas (tuple validation) is not supported", "one schema for every item");
                    }
                    else
                    {
                        node.Items = Read(value, at);
                    }

                    break;
                case "minItems":
                    node.MinItems = ReadCount(value, at, keyword.Name);
                    break;
                case "maxItems":
                    node.MaxItems = ReadCount(value, at, keyword.Name);
                    break;
                case "minLength":
                    node.MinLength = ReadCount(value, at, keyword.Name);
                    break;
                case "maxLength":
                    node.MaxLength = ReadCount(value, at, keyword.Name);
                    break;
                case "uniqueItems":
                    node.UniqueItems = ReadBoolean(value, at, keyword.Name);
                    break;
                case "pattern":
                    node.Pattern = ReadPattern(value, at);
                    break;
                case "format":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        Problem(at, false, "format", "'format' must be text", "a format name such as \"date\"");
                    }
                    else
                    {
                        node.FormatDate = value.ValueEquals("date");
                    }

                    break;
                case "minimum":
                    node.Minimum = ReadBound(value, at, keyword.Name, exclusiveMinimumFlag) ?? node.Minimum;
                    break;
                case "maximum":
                    node.Maximum = ReadBound(value, at, keyword.Name, exclusiveMaximumFlag) ?? node.Maximum;
                    break;
                case "exclusiveMinimum":
                case "exclusiveMaximum":
                    ReadExclusive(element, value, at, keyword.Name, node);
                    break;
                case "allOf":
                    node.AllOf = ReadSchemaList(value, at, keyword.Name);
                    break;
                case "anyOf":
                    node.AnyOf = ReadSchemaList(value, at, keyword.Name);
                    break;
                case "oneOf":
                    node.OneOf = ReadSchemaList(value, at, keyword.Name);
                    break;
                case "not":
                    node.Not = Read(value, at);
                    break;
                case "$ref":
                    if (value.ValueKind != JsonValueKind.String || !(value.GetString()!.StartsWith('#')))
                    {
                        Problem(at, false, "$ref", "only references inside the same schema are supported", "a reference such as \"#/definitions/Name\"");
                    }
                    else
                    {
                        node.Ref = value.GetString();
                        withRefs.Add(node);
                    }

                    break;
                default:
                    if (!Known.Contains(keyword.Name) && !keyword.Name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Problem(at, true, keyword.Name, $"the keyword '{keyword.Name}' is not supported (check its spelling)", SupportedList);
                    }

                    break;
            }
        }

        return node;
    }

    private JsonTypes ReadTypes(JsonElement value, string at)
    {
        var names = value.ValueKind switch
        {
            JsonValueKind.String => new[] { value },
            JsonValueKind.Array => CloneItems(value),
            _ => Array.Empty<JsonElement>(),
        };
        if (names.Length == 0)
        {
            Problem(at, false, "type", "'type' must be a type name or a non-empty list of them", "null, boolean, object, array, number, integer or string");
            return JsonTypes.None;
        }

        var types = JsonTypes.None;
        foreach (var name in names)
        {
            var type = name.ValueKind != JsonValueKind.String ? JsonTypes.None : name.GetString() switch
            {
                "null" => JsonTypes.Null,
                "boolean" => JsonTypes.Boolean,
                "object" => JsonTypes.Object,
                "array" => JsonTypes.Array,
                "number" => JsonTypes.Number,
                "integer" => JsonTypes.Integer,
                "string" => JsonTypes.String,
                _ => JsonTypes.None,
            };
            if (type == JsonTypes.None)
            {
                Problem(at, false, "type", $"'{name}' is not a JSON Schema type", "null, boolean, object, array, number, integer or string");
            }

            types |= type;
        }

        return types;
    }

    private Dictionary<string, SchemaNode>? ReadSchemaMap(JsonElement value, string at, string keyword)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Problem(at, false, keyword, $"'{keyword}' must be an object of named schemas", "{ \"name\": { \"type\": \"string\" } }");
            return null;
        }

        var map = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        foreach (var entry in value.EnumerateObject())
        {
            map[entry.Name] = Read(entry.Value, at + "/" + Escape(entry.Name));
        }

        return map;
    }

    private IReadOnlyList<SchemaNode>? ReadSchemaList(JsonElement value, string at, string keyword)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Problem(at, false, keyword, $"'{keyword}' must be a non-empty list of schemas", "[ { ... }, { ... } ]");
            return null;
        }

        var list = new SchemaNode[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            list[i] = Read(item, at + "/" + i.ToString(CultureInfo.InvariantCulture));
            i++;
        }

        return list;
    }

    private int? ReadCount(JsonElement value, string at, string keyword)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d >= 0 && d <= int.MaxValue && d == decimal.Truncate(d))
        {
            return (int)d;
        }

        Problem(at, false, keyword, $"'{keyword}' must be a whole number of 0 or more", "for example 1");
        return null;
    }

    private bool ReadBoolean(JsonElement value, string at, string keyword)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.ValueKind == JsonValueKind.True;
        }

        Problem(at, false, keyword, $"'{keyword}' must be true or false", "true or false");
        return false;
    }

    private Regex? ReadPattern(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(at, false, "pattern", "'pattern' must be text (a regular expression)", "for example \"^[0-9]{4}/[0-9]{2}$\"");
            return null;
        }

        var text = value.GetString()!;
        try
        {
            // ECMAScript mode gives JavaScript's meaning of \d, \w and \s (ASCII only), as JSON Schema intends.
            return new Regex(text, RegexOptions.ECMAScript, PatternTimeout);
        }
        catch (ArgumentException)
        {
            // Patterns that ECMAScript mode rejects (for example \p{L}) are read with .NET's own syntax.
        }

        try
        {
            return new Regex(text, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException ex)
        {
            Problem(at, false, "pattern", "the regular expression cannot be read: " + ex.Message, "a regular expression");
            return null;
        }
    }

    private NumberBound? ReadBound(JsonElement value, string at, string keyword, bool exclusive)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            Problem(at, false, keyword, $"'{keyword}' must be a number", "for example 0");
            return null;
        }

        return new NumberBound(value.GetRawText(), value.TryGetDecimal(out var d) ? d : null, JsonEquality.ToDouble(value), exclusive);
    }

    private void ReadExclusive(JsonElement schema, JsonElement value, string at, string keyword, SchemaNode node)
    {
        var plain = keyword == "exclusiveMinimum" ? "minimum" : "maximum";
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                // draft-04: a flag on minimum/maximum, read with them.
                if (value.ValueKind == JsonValueKind.True && !schema.TryGetProperty(plain, out _))
                {
                    Problem(at, false, keyword, $"'{keyword}': true needs '{plain}' beside it (draft-04)", $"a '{plain}' in the same schema, or a number (draft-07)");
                }

                break;
            case JsonValueKind.Number:
                // draft-07: the exclusive bound itself, checked as well as any inclusive minimum/maximum.
                var bound = ReadBound(value, at, keyword, true);
                if (keyword == "exclusiveMinimum")
                {
                    node.ExclusiveMinimum = bound;
                }
                else
                {
                    node.ExclusiveMaximum = bound;
                }

                break;
            default:
                Problem(at, false, keyword, $"'{keyword}' must be a number (draft-07) or true/false (draft-04)", "for example 0");
                break;
        }
    }

    private void ResolveReferences()
    {
        foreach (var node in withRefs)
        {
            var target = Unescape(node.Ref!.Substring(1));
            if (nodes.TryGetValue(target, out var resolved))
            {
                node.RefTarget = resolved;
            }
            else
            {
                Problem(node.Pointer + "/$ref", false, "$ref", $"the reference '{node.Ref}' does not lead to a schema in this file", "a reference such as \"#/definitions/Name\" to a schema that exists");
            }
        }
    }

    /// <summary>
    /// Rejects schemas that would apply themselves to the same value forever: a cycle through <c>$ref</c>,
    /// <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c> or <c>not</c> that never steps into a property or item. (Recursion
    /// that does step into the document, such as a tree of sections, is fine: the document's depth bounds it.)
    /// </summary>
    private void RejectCycles()
    {
        var visiting = new HashSet<SchemaNode>();
        var done = new HashSet<SchemaNode>();
        foreach (var node in nodes.Values)
        {
            if (Visit(node, visiting, done) is SchemaNode cycle)
            {
                Problem(cycle.Pointer + "/$ref", false, "$ref", $"the reference '{cycle.Ref}' leads back to itself without stepping into the document, so it would never finish", "a reference chain that ends in a schema");
                return;
            }
        }
    }

    private static SchemaNode? Visit(SchemaNode node, HashSet<SchemaNode> visiting, HashSet<SchemaNode> done)
    {
        if (done.Contains(node))
        {
            return null;
        }

        if (!visiting.Add(node))
        {
            return node;
        }

        var next = new List<SchemaNode>();
        if (node.RefTarget is not null)
        {
            next.Add(node.RefTarget);
        }

        next.AddRange(node.AllOf ?? Array.Empty<SchemaNode>());
        next.AddRange(node.AnyOf ?? Array.Empty<SchemaNode>());
        next.AddRange(node.OneOf ?? Array.Empty<SchemaNode>());
        if (node.Not is not null)
        {
            next.Add(node.Not);
        }

        foreach (var child in next)
        {
            if (Visit(child, visiting, done) is SchemaNode found)
            {
                return found.Ref is not null ? found : node.Ref is not null ? node : found;
            }
        }

        visiting.Remove(node);
        done.Add(node);
        return null;
    }

    private void Problem(string pointer, bool atName, string? keyword, string message, string expected) =>
        problems.Add(new SchemaDefinitionProblem(pointer, atName, keyword ?? string.Empty, message, expected));

    private static JsonElement[] CloneItems(JsonElement array)
    {
        var items = new JsonElement[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[i++] = item.Clone();
        }

        return items;
    }

    private string[]? ReadNames(JsonElement value, string at)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var names = new string[value.GetArrayLength()];
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    break;
                }

                names[i++] = item.GetString()!;
            }

            if (i == names.Length)
            {
                return names;
            }
        }

        Problem(at, false, "required", "'required' must be a list of property names", "[ \"name\" ]");
        return null;
    }

    private sealed record SchemaDefinitionProblem(string Pointer, bool AtName, string Keyword, string Message, string Expected);

    private static string Escape(string name)
    {
        if (name.IndexOfAny(PointerSpecials) < 0)
        {
            return name;
        }

        var builder = new StringBuilder();
        InstancePath.AppendEscaped(builder, name);
        return builder.ToString();
    }

    private static string Unescape(string pointer) =>
        Uri.UnescapeDataString(pointer); // nodes are keyed by escaped pointers, so ~0 and ~1 stay as written

    private static string? PointerToField(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var parts = pointer.Substring(1).Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return string.Join(".", parts);
    }
}
