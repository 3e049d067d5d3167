using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Send.Data.Calendars;
using Send.Domain.Validation;

namespace Send.Reporting.Reports;

/// <summary>
/// Reads report data JSON into a report model: snake_case member names, enums as snake_case strings, ISO dates
/// (<see cref="LocalDate"/>), unknown members rejected, required members enforced.
/// </summary>
/// <remarks>
/// <para>Errors come back as <see cref="DataProblem"/>s with the line, column and JSON path, never as exceptions.</para>
/// <para>
/// Only the typed route uses it: a council developer's own model declared in a template header and registered with
/// <see cref="ReportPack"/>. Models are read by System.Text.Json with reflection metadata (the shipped reports render
/// on the generic route, <see cref="Data.ReportData"/>, and need neither).
/// </para>
/// </remarks>
[RequiresUnreferencedCode("Report models are read by reflection where no generated metadata exists, and for error messages.")]
[RequiresDynamicCode("Report models are read by reflection where no generated metadata exists, and for error messages.")]
public static class ReportJson
{
    /// <summary>Gets the serializer options every report model is read with.</summary>
    /// <remarks>Read-only; reflection metadata (<see cref="DefaultJsonTypeInfoResolver"/>).</remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions(new DefaultJsonTypeInfoResolver());

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
        catch (JsonException ex)
        {
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
        options.Converters.Add(new IsoLocalDateJsonConverter());
        options.ConfigureForSendYears();
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
