using System.Text.Json.Serialization;
using Send.Cli.Commands.Kpi;
using Send.Cli.Commands.Timescales;

namespace Send.Cli.Infrastructure;

/// <summary>
/// System.Text.Json metadata for every <c>--json</c> shape outside the finance commands (which carry their own
/// contexts beside their private records), generated at compile time: the native AOT build of <c>send</c> serializes
/// without reflection. A shape missing here fails at once in the JIT build's tests as in the native build, because
/// <see cref="CliJson"/> has no reflection fallback.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(AssessmentJson))]
[JsonSerializable(typeof(ReviewJson))]
[JsonSerializable(typeof(AppealJson))]
[JsonSerializable(typeof(PlanJson))]
[JsonSerializable(typeof(CaseJson))]
[JsonSerializable(typeof(CaseloadJson))]
[JsonSerializable(typeof(DueJson))]
[JsonSerializable(typeof(RulesJson))]
[JsonSerializable(typeof(FailureJson))]
[JsonSerializable(typeof(ProblemsJson))]
[JsonSerializable(typeof(KpiMeasuresJson))]
[JsonSerializable(typeof(KpiCatalogueJson))]
[JsonSerializable(typeof(KpiTableJson))]
[JsonSerializable(typeof(KpiBenchmarkJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
