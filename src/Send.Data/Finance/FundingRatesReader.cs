using System;
using System.Collections.Generic;
using System.Text.Json;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>Reads a funding rates file (<c>finance-funding-rates.schema.json</c>) into <see cref="FundingRates"/>.</summary>
/// <remarks>Checks the schema first, then the domain: each year once, cap not below floor. Stateless.</remarks>
public static class FundingRatesReader
{
    private static readonly Lazy<FundingRates> DefaultRates = new(() =>
        Read(FinanceSchemas.Read("funding-rates.json"), "funding-rates.json (embedded)").GetValueOrThrow());

    /// <summary>
    /// The rates shipped with Send (2022-23 to 2025-26, from the DSG domain reference, each rate marked with the
    /// reference's confidence), read once from the file embedded in this assembly.
    /// </summary>
    /// <remarks>Check each year's high needs operational guide before relying on a rate marked recalled.</remarks>
    public static FundingRates Default => DefaultRates.Value;

    /// <summary>Reads rates from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name to put in problems.</param>
    /// <returns>The rates, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<FundingRates> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schema = FinanceSchemas.FundingRatesSchema.Validate(json, source);
        if (schema.Count > 0)
        {
            return new LoadResult<FundingRates>(null, schema);
        }

        using var document = JsonDocument.Parse(json);
        var f = new JsonFields(source);
        var list = new List<HighNeedsRates>();
        var seen = new HashSet<Send.Domain.Calendars.FinancialYear>();
        foreach (var (row, path) in f.Array(document.RootElement, "years", string.Empty))
        {
            var year = f.Year(row, "year", path);
            var floor = f.Decimal(row, "nff_floor", path);
            var cap = f.Decimal(row, "nff_cap", path);
            if (floor is decimal fl && cap is decimal ca && ca < fl)
            {
                f.Error(path + ".nff_cap", "the cap is below the floor", ca.ToString(System.Globalization.CultureInfo.InvariantCulture), "at least " + fl.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var rates = new
            {
                Threshold = f.Money(row, "high_needs_threshold", path, 1m, true),
                Special = f.Money(row, "special_place", path, 1m, true),
                Ap = f.Money(row, "alternative_provision_place", path, 1m, true),
                Rp = f.Money(row, "resourced_provision_place", path, 1m, true),
                Fe = f.Money(row, "further_education_place", path, 1m, true),
                Ie = f.Money(row, "import_export_per_pupil", path, 1m, true),
                PlaceC = f.Enum<Confidence>(row, "place_rates_confidence", path) ?? Confidence.Unconfirmed,
                IeC = f.Enum<Confidence>(row, "import_export_confidence", path) ?? Confidence.Unconfirmed,
                FcC = f.Enum<Confidence>(row, "floor_cap_confidence", path) ?? Confidence.Unconfirmed,
            };
            if (year is not { } y)
            {
                continue;
            }

            if (!seen.Add(y))
            {
                f.Error(path + ".year", $"{y} appears more than once", y.ToString(), "each year once");
                continue;
            }

            if (rates.Threshold is { } t && rates.Special is { } s && rates.Ap is { } a && rates.Rp is { } r && rates.Fe is { } fe && rates.Ie is { } ie)
            {
                list.Add(new HighNeedsRates(y, t, s, a, r, fe, ie, floor, cap, rates.PlaceC, rates.IeC, rates.FcC));
            }
        }

        return new LoadResult<FundingRates>(f.Problems.Count == 0 ? new FundingRates(list) : null, f.Problems.ToArray());
    }
}
