using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Send.Data.Validation.Schema;
using Send.Domain.Validation;

namespace Send.Data.Validation;

/// <summary>
/// Checks a JSON document against a JSON Schema and reports each violation as a <see cref="DataProblem"/> that names
/// the source, line, column, field path, the value found and what was expected.
/// </summary>
/// <remarks>
/// <para>
/// This is a small validator over System.Text.Json for the subset of JSON Schema (draft-04 and draft-07) that Send's
/// schemas use; <c>docs/json-schema.md</c> lists the keywords exactly. It is not a complete JSON Schema
/// implementation: a keyword outside the subset is rejected when the schema is loaded (never silently ignored), and
/// <c>$ref</c> must point inside the same schema (<c>#/definitions/...</c>, <c>#/$defs/...</c> or any other JSON
/// Pointer into the file). Keywords starting <c>x-</c> are read as annotations, as OpenAPI does.
/// </para>
/// <para>
/// Validation walks the parsed document once and collects every problem. Only when there are problems is the text
/// read a second time (one <see cref="Utf8JsonReader"/> pass) to find their lines and columns: the column of the
/// offending value, of the object for a missing required property, and of the property name for a property that is
/// not allowed. Columns count Unicode code points. Problems are returned in document order.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; create one per schema and reuse it. Malformed JSON is reported as a
/// single <c>SEND-JSON</c> problem with its position, rather than thrown.
/// </para>
/// <para>
/// Whatever the schema says, every string value and property name must be text: a control character other than tab,
/// line feed, carriage return and vertical tab (which reports show as a line break, as Word does), a U+FFFE or U+FFFF,
/// or half of a surrogate pair is a <c>SEND-TEXT-CHAR</c> problem naming the field and the character. The time taken
/// is linear in the size of the text, however many problems it has.
/// </para>
/// </remarks>
public sealed class JsonSchemaValidator
{
    /// <summary>The source name <see cref="FromSchemaText(string)"/> gives the schema in problems: <c>schema</c>.</summary>
    public const string DefaultSchemaSource = "schema";

    /// <summary>The most problems <see cref="Validate"/> lists for one document: 100, then one "and N more" problem.</summary>
    public const int MaxProblems = 100;

    private const int MaxValueLength = 60;

    private readonly SchemaNode root;

    private JsonSchemaValidator(SchemaNode root)
    {
        this.root = root;
    }

    /// <summary>Creates a validator from the text of a JSON Schema that ships with Send; problems in it name the source <c>schema</c>.</summary>
    /// <param name="schemaJson">The schema text.</param>
    /// <returns>A reusable validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemaJson"/> is null.</exception>
    /// <exception cref="DataException">The schema is not JSON, uses a keyword outside the supported subset, gives a keyword a value of the wrong kind, or has a <c>$ref</c> that leads nowhere or round in a circle. Every problem is listed, with the keyword's line, column and path.</exception>
    public static JsonSchemaValidator FromSchemaText(string schemaJson) => FromSchemaText(schemaJson, DefaultSchemaSource);

    /// <summary>Creates a validator from the text of a JSON Schema, naming the schema <paramref name="source"/> in any problem with the schema itself.</summary>
    /// <param name="schemaJson">The schema text.</param>
    /// <param name="source">The schema's file name as the user named it, for example <c>templates/x/data.schema.json</c>.</param>
    /// <returns>A reusable validator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The schema is not JSON (one <c>SEND-JSON</c> problem), or uses a keyword outside the supported subset, gives a keyword a value of the wrong kind, or has a <c>$ref</c> that leads nowhere or round in a circle (<c>SEND-SCHEMA-DEFINITION</c> problems whose <see cref="DataProblem.Field"/> is the keyword's path in the schema and whose <see cref="DataProblem.Value"/> is the keyword).</exception>
    public static JsonSchemaValidator FromSchemaText(string schemaJson, string source)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        ArgumentNullException.ThrowIfNull(source);
        return new JsonSchemaValidator(SchemaCompiler.Compile(schemaJson, source));
    }

    /// <summary>Validates <paramref name="json"/> and returns every problem found, in document order.</summary>
    /// <param name="json">The JSON text to check.</param>
    /// <param name="source">The file name to put in each problem, as the user named it.</param>
    /// <returns>
    /// The problems (code <c>SEND-SCHEMA</c>, <c>SEND-TEXT-CHAR</c> for text holding a control character that no
    /// document can hold, or one <c>SEND-JSON</c> problem for malformed JSON); empty when the document conforms. At
    /// most <see cref="MaxProblems"/> are listed, then one more saying how many were left out.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<DataProblem> Validate(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var utf8 = ToUtf8(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            return new[] { SyntaxProblem(ex, source) };
        }

        using (document)
        {
            var found = new List<SchemaProblem>();
            SchemaEvaluator.Evaluate(root, document.RootElement, InstancePath.Root, found);
            var text = TextCharacters.MayHold(utf8) ? TextCharacters.Find(document.RootElement) : new List<TextProblem>();
            if (found.Count == 0 && text.Count == 0)
            {
                return Array.Empty<DataProblem>();
            }

            var map = JsonPositionMap.Build(utf8);
            var all = found
                .Select(p => ToDataProblem(p, source, map))
                .Concat(text.Select(t => t.ToDataProblem(source, map)))
                .OrderBy(p => p.Line ?? 0)
                .ThenBy(p => p.Column ?? 0)
                .ToList();
            if (all.Count <= MaxProblems)
            {
                return all;
            }

            var more = all.Count - MaxProblems;
            all.RemoveRange(MaxProblems, more);
            all.Add(new DataProblem(source, string.Create(CultureInfo.InvariantCulture, $"and {more:N0} more problem(s) like these, not listed"))
            {
                Code = "SEND-SCHEMA",
            });
            return all;
        }
    }

    /// <summary>The text as UTF-8, without a leading byte order mark (which an editor does not show as a column).</summary>
    internal static byte[] ToUtf8(string json) =>
        json.Length > 0 && json[0] == '\uFEFF' ? Encoding.UTF8.GetBytes(json.AsSpan(1).ToArray()) : Encoding.UTF8.GetBytes(json);

    /// <summary>The one problem for malformed JSON, at the position System.Text.Json gives.</summary>
    internal static DataProblem SyntaxProblem(JsonException ex, string source) =>
        new(source, "the file is not valid JSON: " + FirstSentence(ex.Message))
        {
            Line = ex.LineNumber is long line ? checked((int)line + 1) : null,
            Column = ex.BytePositionInLine is long column ? checked((int)column + 1) : null,
            Code = "SEND-JSON",
        };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static DataProblem ToDataProblem(SchemaProblem problem, string source, JsonPositionMap map)
    {
        var about = problem.Property is null ? problem.Path : problem.Path.Property(problem.Property);
        var position = problem.Kind == SchemaProblemKind.NoAdditionalPropertiesAllowed
            ? map.NameStart(about.Pointer)
            : map.ValueStart(problem.Path.Pointer);
        return new DataProblem(source, Describe(problem))
        {
            Line = position?.Line,
            Column = position?.Column,
            Field = about.Field,
            Value = problem.Property is null ? FoundValue(problem.Instance) : null,
            Expected = ExpectedValues(problem),
            Code = "SEND-SCHEMA",
        };
    }

    private static string Describe(SchemaProblem problem) => problem.Kind switch
    {
        SchemaProblemKind.PropertyRequired => $"required property '{problem.Property}' is missing",
        SchemaProblemKind.NoAdditionalPropertiesAllowed => $"property '{problem.Property}' is not allowed here (check its spelling)",
        SchemaProblemKind.WrongType => DescribeTypes(problem.Schema.Types) + " was expected",
        SchemaProblemKind.NotInEnumeration => "the value is not one of the allowed values",
        SchemaProblemKind.NotConst => "the value is not the one allowed here",
        SchemaProblemKind.PatternMismatch => "the value does not have the expected form",
        SchemaProblemKind.PatternTimeout => "the value took too long to check against the expected form",
        SchemaProblemKind.DateExpected => "a date in the form YYYY-MM-DD was expected",
        SchemaProblemKind.NumberTooSmall => "the number is too small",
        SchemaProblemKind.NumberTooBig => "the number is too big",
        SchemaProblemKind.StringTooShort => "the text is too short",
        SchemaProblemKind.StringTooLong => "the text is too long",
        SchemaProblemKind.TooFewItems => "the list has too few items",
        SchemaProblemKind.TooManyItems => "the list has too many items",
        SchemaProblemKind.ItemsNotUnique => "the list has this item more than once",
        SchemaProblemKind.MatchesSeveral => "the value matches more than one of the allowed forms",
        SchemaProblemKind.MatchesNot => "the value has a form that is not allowed here",
        SchemaProblemKind.NothingAllowed => "no value is allowed here",
        _ => "the schema applies to itself too deeply to check this value",
    };

    /// <summary>"a whole number", "text or null"...; one type gives exactly the wording Send has always used.</summary>
    private static string DescribeTypes(JsonTypes types)
    {
        var names = new List<string>();
        if ((types & JsonTypes.Integer) != 0 && (types & JsonTypes.Number) == 0)
        {
            names.Add("a whole number");
        }

        if ((types & JsonTypes.Number) != 0)
        {
            names.Add("a number");
        }

        if ((types & JsonTypes.String) != 0)
        {
            names.Add("text");
        }

        if ((types & JsonTypes.Boolean) != 0)
        {
            names.Add("true or false");
        }

        if ((types & JsonTypes.Array) != 0)
        {
            names.Add("a list ([...])");
        }

        if ((types & JsonTypes.Object) != 0)
        {
            names.Add("an object ({...})");
        }

        if ((types & JsonTypes.Null) != 0)
        {
            names.Add("null");
        }

        return string.Join(" or ", names);
    }

    /// <summary>The offending scalar as written (text without quotes), shortened to 60 characters; null for objects and lists.</summary>
    private static string? FoundValue(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > MaxValueLength } ? text.Substring(0, MaxValueLength - 3) + "..." : text;
    }

    /// <summary>What was expected, where the message alone does not say it.</summary>
    private static string? ExpectedValues(SchemaProblem problem)
    {
        var schema = problem.Schema;
        return problem.Kind switch
        {
            SchemaProblemKind.NotInEnumeration => "one of " + string.Join(", ", schema.Enum!.Select(Show)),
            SchemaProblemKind.NotConst => Show(schema.Const!.Value),
            SchemaProblemKind.NumberTooSmall => Bound("more than", "at least", Tighter(schema.Minimum, schema.ExclusiveMinimum, problem.Instance, below: true)),
            SchemaProblemKind.NumberTooBig => Bound("less than", "at most", Tighter(schema.Maximum, schema.ExclusiveMaximum, problem.Instance, below: false)),
            SchemaProblemKind.StringTooShort => Count("at least", schema.MinLength, "character"),
            SchemaProblemKind.StringTooLong => Count("at most", schema.MaxLength, "character"),
            SchemaProblemKind.TooFewItems => Count("at least", schema.MinItems, "item"),
            SchemaProblemKind.TooManyItems => Count("at most", schema.MaxItems, "item"),
            SchemaProblemKind.ItemsNotUnique => "each item once",
            SchemaProblemKind.NoAdditionalPropertiesAllowed when schema.Properties is { Count: > 0 and <= 12 } properties =>
                "one of " + string.Join(", ", properties.Keys),
            _ => null,
        };
    }

    private static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static NumberBound? Tighter(NumberBound? inclusive, NumberBound? exclusive, JsonElement value, bool below)
    {
        // Name the bound the value actually broke (with both present, the exclusive one is checked first).
        if (exclusive is not null)
        {
            var v = JsonEquality.ToDouble(value);
            if (below ? v <= exclusive.Double : v >= exclusive.Double)
            {
                return exclusive;
            }
        }

        return inclusive;
    }

    private static string? Bound(string exclusiveWords, string inclusiveWords, NumberBound? bound) =>
        bound is null ? null : (bound.Exclusive ? exclusiveWords : inclusiveWords) + " " + bound.Text;

    private static string? Count(string words, int? count, string unit) =>
        count is int n ? string.Create(CultureInfo.InvariantCulture, $"{words} {n} {unit}{(n == 1 ? string.Empty : "s")}") : null;
}
