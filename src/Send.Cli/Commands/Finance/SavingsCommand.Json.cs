using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Send.Cli.Commands.Finance;

internal static partial class SavingsCommand
{
    /// <summary>The generated metadata of this command's <c>--json</c> output (CliJson combines it with the others).</summary>
    internal static IJsonTypeInfoResolver JsonMetadata => SavingsJsonContext.Default;

    /// <summary>
    /// System.Text.Json metadata for this command's private <c>--json</c> records, generated at compile time (no
    /// reflection, so the native AOT build writes them). The names and enum spellings come from CliJson's options.
    /// </summary>
    [JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
    [JsonSerializable(typeof(SavingsJson))]
    [JsonSerializable(typeof(MultiYearJson))]
    private sealed partial class SavingsJsonContext : JsonSerializerContext;
}
