using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>Savings programmes over several years from bound data.</summary>
public static partial class PlainData
{
    /// <summary>Reads a savings programme for one year or over several (<c>finance-savings-programme.schema.json</c>) with <see cref="MultiYearSavingsProgrammeReader"/>, as <c>send finance savings</c> does.</summary>
    /// <param name="value">The bound object.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The programme (of one year for a file with <c>year</c>).</returns>
    /// <exception cref="DataException">The data is not a valid savings programme (each problem located in the data file).</exception>
    /// <exception cref="System.ArgumentException">The value is not bound JSON data.</exception>
    public static MultiYearSavingsProgramme SavingsPlan(object? value, string function)
    {
        var (bound, json) = Json(value, function, "a savings programme (docs/schemas/finance-savings-programme.schema.json)");
        return Checked(MultiYearSavingsProgrammeReader.Read(json, bound.Origin.Source), bound);
    }
}
