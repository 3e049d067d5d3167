using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Send.Domain.Validation;

namespace Send.Reporting.Reports;

/// <summary>
/// Reads report data JSON into a report model: snake_case member names, enums as snake_case strings, ISO dates
/// (<see cref="LocalDate"/>), unknown members rejected, required members enforced.
/// </summary>
/// <remarks>
/// <para>Errors come back as <see cref="DataProblem"/>s with the line, column and JSON path, never as exceptions.</para>
/// <para>
/// The report models of <see cref="ReportCatalog"/> are read with System.Text.Json metadata generated at compile time
/// (an internal <c>JsonSerializerContext</c>), so a cold <c>send render</c> does not build property accessors by
/// reflection and Reflection.Emit (see docs/report-data-loading.md). Any other type read with <see cref="Options"/>
/// (a council's own model, say) falls back to reflection with exactly the same rules.
/// </para>
/// </remarks>
[RequiresUnreferencedCode("Report models are read by reflection where no generated metadata exists, and for error messages.")]
[RequiresDynamicCode("Report models are read by reflection where no generated metadata exists, and for error messages.")]
public static class ReportJson
{
    /// <summary>Gets the serializer options every report model is read with.</summary>
    /// <remarks>
    /// Read-only. Its resolver is the generated metadata for the report models, then reflection
    /// (<c>JsonTypeInfoResolver.Combine(generated, new DefaultJsonTypeInfoResolver())</c>), so the options also work
    /// for types that are not report models.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly Lazy<JsonSerializerOptions> ReflectionOptions = new(() => CreateOptions(new DefaultJsonTypeInfoResolver()));

    /// <summary>Deserialises <paramref name="json"/> into <paramref name="modelType"/>.</summary>
    /// <param name="json">The data text.</param>
    /// <param name="modelType">The report model type.</param>
    /// <param name="source">The file name for problems.</param>
    /// <param name="problems">Receives any problem.</param>
    /// <returns>The model, or null when the text could not be read.</returns>
    public static IReportModel? Read(string json, Type modelType, string source, List<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(modelType);
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            return (IReportModel?)JsonSerializer.Deserialize(json, modelType, Options);
        }
        catch (JsonException generated)
        {
            var ex = ReadByReflection(json, modelType) ?? generated;
            problems.Add(new DataProblem(source, FirstSentence(ex.Message))
            {
                Line = ex.LineNumber is long line ? (int)line + 1 : null,
                Column = ex.BytePositionInLine is long column ? (int)column + 1 : null,
                Field = string.IsNullOrEmpty(ex.Path) ? null : ex.Path.TrimStart('$', '.'),
                Code = "SEND-DATA-READ",
            });
            return null;
        }
    }

    /// <summary>
    /// Reads the text again with reflection metadata only, for the error. Generated metadata fills the members of an
    /// object with required members through its constructor, and reports a bad value there against the object's type
    /// ("could not be converted to TitleBlock") where reflection names the member's ("... to LocalDate"); the problem
    /// must read the same whichever way the model was read. Only bad data pays for this.
    /// </summary>
    private static JsonException? ReadByReflection(string json, Type modelType)
    {
        try
        {
            JsonSerializer.Deserialize(json, modelType, ReflectionOptions.Value);
            return null;
        }
        catch (JsonException ex)
        {
            return ex;
        }
    }

    private static JsonSerializerOptions CreateOptions() =>
        CreateOptions(JsonTypeInfoResolver.Combine(ReportJsonContext.Default, new DefaultJsonTypeInfoResolver()));

    private static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new IsoLocalDateConverter());
        options.TypeInfoResolver = resolver;
        options.MakeReadOnly();
        return options;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }
}
