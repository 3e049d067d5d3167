using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Send.Domain.Validation;

/// <summary>
/// Checks a JSON document against a JSON Schema and reports each violation as a <see cref="DataProblem"/> that names
/// the source, line, column and field path.
/// </summary>
/// <remarks>
/// A thin wrapper over NJsonSchema (draft 4 to 2019-09 keywords as NJsonSchema supports them). Instances are
/// immutable and thread-safe once created; create one per schema and reuse it. Malformed JSON is reported as a
/// single problem with the position the JSON reader gave, rather than thrown.
/// </remarks>
public sealed class JsonSchemaValidator
{
    private readonly JsonSchema schema;

    private JsonSchemaValidator(JsonSchema schema)
    {
        this.schema = schema;
    }

    /// <summary>Creates a validator from the text of a JSON Schema.</summary>
    /// <param name="schemaJson">The schema text; must itself be a valid schema.</param>
    /// <returns>A reusable validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemaJson"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The schema cannot be read (a programmer error: schemas ship with Send).</exception>
    public static JsonSchemaValidator FromSchemaText(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            return new JsonSchemaValidator(JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult());
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or ArgumentException)
        {
            throw new InvalidOperationException("The JSON Schema could not be read: " + ex.Message, ex);
        }
    }

    /// <summary>Validates <paramref name="json"/> and returns every problem found, in document order.</summary>
    /// <param name="json">The JSON text to check.</param>
    /// <param name="source">The file name to put in each problem, as the user named it.</param>
    /// <returns>The problems; empty when the document conforms.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<DataProblem> Validate(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var syntax = CheckSyntax(json, source);
        if (syntax is not null)
        {
            return new[] { syntax };
        }

        var errors = schema.Validate(json);

        return Flatten(errors)
            .OrderBy(e => e.LineNumber)
            .ThenBy(e => e.LinePosition)
            .Select(e => new DataProblem(source, Describe(e))
            {
                Line = e.HasLineInfo ? e.LineNumber : null,
                Column = e.HasLineInfo ? e.LinePosition : null,
                Field = ToFieldPath(e.Path),
                Value = FoundValue(e),
                Expected = ExpectedValues(e),
                Code = "SEND-SCHEMA",
            })
            .ToArray();
    }

    /// <summary>
    /// Reports malformed JSON with the position System.Text.Json gives (NJsonSchema's reader is more lenient and
    /// would accept some malformed documents).
    /// </summary>
    private static DataProblem? CheckSyntax(string json, string source)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            return new DataProblem(source, "the file is not valid JSON: " + FirstSentence(ex.Message))
            {
                Line = ex.LineNumber is long line ? (int)line + 1 : null,
                Column = ex.BytePositionInLine is long column ? (int)column + 1 : null,
                Code = "SEND-JSON",
            };
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(pair => pair.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed here (check its spelling)",
        ValidationErrorKind.IntegerExpected => "a whole number was expected",
        ValidationErrorKind.NumberExpected => "a number was expected",
        ValidationErrorKind.StringExpected => "text was expected",
        ValidationErrorKind.BooleanExpected => "true or false was expected",
        ValidationErrorKind.ArrayExpected => "a list ([...]) was expected",
        ValidationErrorKind.ObjectExpected => "an object ({...}) was expected",
        ValidationErrorKind.NotInEnumeration => "the value is not one of the allowed values",
        ValidationErrorKind.PatternMismatch => "the value does not have the expected form",
        ValidationErrorKind.DateExpected => "a date in the form YYYY-MM-DD was expected",
        ValidationErrorKind.NumberTooSmall => "the number is too small",
        ValidationErrorKind.NumberTooBig => "the number is too big",
        ValidationErrorKind.StringTooShort => "the text is too short",
        ValidationErrorKind.StringTooLong => "the text is too long",
        ValidationErrorKind.TooFewItems => "the list has too few items",
        ValidationErrorKind.TooManyItems => "the list has too many items",
        _ => "does not match the schema (" + error.Kind + ")",
    };

    /// <summary>The offending scalar value as written, for errors about a value (not about a missing or extra property).</summary>
    private static string? FoundValue(ValidationError error)
    {
        if (error.Kind is ValidationErrorKind.PropertyRequired or ValidationErrorKind.NoAdditionalPropertiesAllowed)
        {
            return null;
        }

        if (error.Token is not Newtonsoft.Json.Linq.JValue value)
        {
            return null;
        }

        var text = value.Value is null
            ? "null"
            : Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return text.Length > 60 ? text.Substring(0, 57) + "..." : text;
    }

    /// <summary>The allowed values, for an enumeration error; null otherwise (the message already says what was expected).</summary>
    private static string? ExpectedValues(ValidationError error)
    {
        if (error.Kind != ValidationErrorKind.NotInEnumeration || error.Schema is null || error.Schema.Enumeration.Count == 0)
        {
            return null;
        }

        return "one of " + string.Join(", ", error.Schema.Enumeration.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string? ToFieldPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        // NJsonSchema writes "#/years[1].carried_forward"; we show "years[1].carried_forward".
        var trimmed = path!.TrimStart('#').TrimStart('/');
        return trimmed.Length == 0 ? null : trimmed;
    }
}
