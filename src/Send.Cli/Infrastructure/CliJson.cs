using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Send.Cli.Commands.Finance;
using Send.Data.Calendars;
using Send.Domain.Finance;
using Send.Domain.Kpis;
using Send.Domain.Kpis.Rag;
using Send.Domain.Validation;

namespace Send.Cli.Infrastructure;

/// <summary>
/// The one JSON convention for <c>--json</c> output: snake_case member names, ISO-8601 dates (<c>2025-06-02</c>),
/// enums as snake_case strings, indented, no HTML escaping.
/// </summary>
/// <remarks>
/// Metadata comes only from the source-generated contexts (<see cref="CliJsonContext"/> and each finance command's
/// own), never from reflection, so the native AOT build writes exactly what the JIT build does. Enums are written by
/// one <see cref="JsonStringEnumConverter{TEnum}"/> per enum type (the non-generic converter needs run-time code
/// generation); a test checks that every enum the contexts reach has one.
/// </remarks>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes <paramref name="value"/> with its generated metadata.</summary>
    /// <exception cref="NotSupportedException">No context declares <typeparamref name="T"/> (a programming error).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                CliJsonContext.Default,
                DeficitCommand.JsonMetadata,
                SavingsCommand.JsonMetadata,
                CostModelCommand.JsonMetadata),
        };
        AddEnum<DataProblemSeverity>(options);
        AddEnum<KpiUnit>(options);
        AddEnum<KpiPeriodType>(options);
        AddEnum<Polarity>(options);
        AddEnum<KpiValueStatus>(options);
        AddEnum<Verdict>(options);
        AddEnum<Direction>(options);
        AddEnum<RagColour>(options);
        AddEnum<ComparatorKind>(options);
        AddEnum<PlacementCategory>(options);
        AddEnum<ReconciliationVerdict>(options);
        AddEnum<ConditionOutcome>(options);
        AddEnum<RagStatus>(options);
        AddEnum<ContributionPresentation>(options);
        AddEnum<DsgYearStatus>(options);
        AddEnum<SignConvention>(options);
        AddEnum<ForecastMeasure>(options);
        AddEnum<FundingBlock>(options);
        AddEnum<RagTrend>(options);
        AddEnum<StatutoryOverrideStatus>(options);
        AddEnum<NodaTime.IsoDayOfWeek>(options); // reached through LocalDate's members, though IsoLocalDateJsonConverter writes dates
        options.Converters.Add(new IsoLocalDateJsonConverter());
        options.ConfigureForSendYears();
        options.MakeReadOnly();
        return options;
    }

    private static void AddEnum<TEnum>(JsonSerializerOptions options)
        where TEnum : struct, Enum =>
        options.Converters.Add(new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower));
}
