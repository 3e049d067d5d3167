using System;
using System.IO;
using Send.Data.Validation;

namespace Send.Data.Finance;

/// <summary>
/// The JSON Schemas of Send's finance input files, as shipped in <c>docs/schemas/</c> and embedded in this assembly.
/// </summary>
/// <remarks>Each property returns the schema text; the validators are built once and are thread-safe.</remarks>
public static class FinanceSchemas
{
    private static readonly Lazy<JsonSchemaValidator> DeficitTableValidator = new(() => JsonSchemaValidator.FromSchemaText(DeficitTable));
    private static readonly Lazy<JsonSchemaValidator> SavingsProgrammeValidator = new(() => JsonSchemaValidator.FromSchemaText(SavingsProgramme));
    private static readonly Lazy<JsonSchemaValidator> CostModelValidator = new(() => JsonSchemaValidator.FromSchemaText(CostModel));
    private static readonly Lazy<JsonSchemaValidator> FundingRatesValidator = new(() => JsonSchemaValidator.FromSchemaText(FundingRates));

    /// <summary>The schema of a published DSG deficit table file (<c>finance-deficit-table.schema.json</c>).</summary>
    public static string DeficitTable => Read("finance-deficit-table.schema.json");

    /// <summary>The schema of a savings programme file (<c>finance-savings-programme.schema.json</c>).</summary>
    public static string SavingsProgramme => Read("finance-savings-programme.schema.json");

    /// <summary>The schema of a high needs cost model file (<c>finance-cost-model.schema.json</c>).</summary>
    public static string CostModel => Read("finance-cost-model.schema.json");

    /// <summary>The schema of a funding rates file (<c>finance-funding-rates.schema.json</c>).</summary>
    public static string FundingRates => Read("finance-funding-rates.schema.json");

    internal static JsonSchemaValidator DeficitTableSchema => DeficitTableValidator.Value;

    internal static JsonSchemaValidator SavingsProgrammeSchema => SavingsProgrammeValidator.Value;

    internal static JsonSchemaValidator CostModelSchema => CostModelValidator.Value;

    internal static JsonSchemaValidator FundingRatesSchema => FundingRatesValidator.Value;

    internal static string Read(string name)
    {
        var assembly = typeof(FinanceSchemas).Assembly;
        using var stream = assembly.GetManifestResourceStream("Send.Data.Finance." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
