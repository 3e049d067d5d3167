using System.Text.Json;
using System.Text.Json.Serialization;
using Send.Domain.Kpis;
using Send.Reporting.Reports.Common;
using Send.Reporting.Reports.DbvSummary;
using Send.Reporting.Reports.SchoolsForumSendUpdate;
using Send.Reporting.Reports.ScrutinySendUpdate;

namespace Send.Reporting.Reports;

/// <summary>
/// Compile-time System.Text.Json metadata for the report models of <see cref="ReportCatalog"/>, so that reading a
/// report's data in a fresh process does not build its serialisation code by reflection (about 100 ms at start-up).
/// </summary>
/// <remarks>
/// <para>
/// The options here are those of <see cref="ReportJson.Options"/> (a test compares them); <see cref="ReportJson"/>
/// reads with its own options, whose resolver looks here first and falls back to reflection for any other type.
/// Add every new report model here as well as to <see cref="ReportCatalog"/>, and a converter below for every enum a
/// model uses.
/// </para>
/// <para>
/// Members that have an initial value and may be left out of the data (<c>= []</c>, <c>= 6</c>) are declared
/// <c>{ get; set; }</c>, not <c>{ get; init; }</c>: generated metadata sets every init-only member in the object
/// initializer, so a member left out would get <c>default</c> (null, 0) instead of its initial value
/// (dotnet/runtime issue 84484). Required members stay <c>init</c>: they are always in the data.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(SnakeCaseRagRatingConverter), typeof(SnakeCasePolarityConverter), typeof(IsoLocalDateConverter)])]
[JsonSerializable(typeof(ScrutinySendUpdateReport))]
[JsonSerializable(typeof(SchoolsForumSendUpdateReport))]
[JsonSerializable(typeof(DbvSummaryReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>
    /// <see cref="RagRating"/> as a snake_case string; integers are refused. The generator needs one closed converter
    /// per enum (the open factory is not allowed in an attribute); <see cref="ReportJson.Options"/> carries the open
    /// factory, so a model enum missing here is still read correctly by <see cref="ReportJson"/>.
    /// </summary>
    internal sealed class SnakeCaseRagRatingConverter : JsonStringEnumConverter<RagRating>
    {
        public SnakeCaseRagRatingConverter()
            : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
        {
        }
    }

    /// <summary><see cref="Polarity"/> as a snake_case string; integers are refused.</summary>
    internal sealed class SnakeCasePolarityConverter : JsonStringEnumConverter<Polarity>
    {
        public SnakeCasePolarityConverter()
            : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
        {
        }
    }
}
