using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Domain.Finance;

/// <summary>
/// A DSG deficit table as a council published it (a Schools Forum paper, a DSG management plan summary), with the
/// sign convention, contribution presentation and rounding it was printed with.
/// </summary>
/// <remarks>
/// <para>
/// The table holds what was printed; it does not check it. Missing years, broken links and rows that do not add up
/// are found by <see cref="DeficitTableReconciler"/> and reported as data problems, because these tables come from
/// people, not from code. Immutable.
/// </para>
/// </remarks>
public sealed class PublishedDeficitTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="source">Where it came from, as problems should name it (a file name).</param>
    /// <param name="rows">The rows in printed order.</param>
    /// <param name="decimals">Decimal places of £m printed; 3 in most council tables.</param>
    /// <param name="convention">Whether a deficit prints positive or negative.</param>
    /// <param name="contributions">Whether contributions print with their effect's sign or as positive amounts.</param>
    /// <param name="title">The table's title or citation, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12, or an enum value is undefined.</exception>
    public PublishedDeficitTable(
        string source,
        IEnumerable<PublishedDeficitRow> rows,
        int decimals = 3,
        SignConvention convention = SignConvention.DeficitPositive,
        ContributionPresentation contributions = ContributionPresentation.Signed,
        string? title = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rows);
        if (decimals is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimal places must be 0 to 12.");
        }

        if (!Enum.IsDefined(convention))
        {
            throw new ArgumentOutOfRangeException(nameof(convention), convention, "Unknown sign convention.");
        }

        if (!Enum.IsDefined(contributions))
        {
            throw new ArgumentOutOfRangeException(nameof(contributions), contributions, "Unknown contribution presentation.");
        }

        Source = source;
        Rows = rows.ToArray();
        Decimals = decimals;
        Convention = convention;
        Contributions = contributions;
        Title = title;
    }

    /// <summary>Where the table came from.</summary>
    public string Source { get; }

    /// <summary>The table's title or citation, or null.</summary>
    public string? Title { get; }

    /// <summary>The rows (one per financial year) in printed order.</summary>
    public IReadOnlyList<PublishedDeficitRow> Rows { get; }

    /// <summary>Decimal places of £m printed.</summary>
    public int Decimals { get; }

    /// <summary>Whether a deficit prints positive or negative.</summary>
    public SignConvention Convention { get; }

    /// <summary>How contributions are printed.</summary>
    public ContributionPresentation Contributions { get; }

    /// <summary>Forecast scenarios printed with the table (unmitigated, mitigated low and high); empty by default, never null.</summary>
    public IReadOnlyList<ForecastScenario> Scenarios { get; init; } = Array.Empty<ForecastScenario>();

    /// <summary>Plan versions printed with the table (the original agreement, a revised plan); empty by default, never null.</summary>
    public IReadOnlyList<PlanVersion> PlanVersions { get; init; } = Array.Empty<PlanVersion>();

    /// <summary>The printed format of the table's figures (£m without symbol at <see cref="Decimals"/> places).</summary>
    public MoneyFormat Format => MoneyFormat.TableOf(Decimals);

    /// <summary>Converts a printed balance or in-year figure to Send's deficit-positive convention.</summary>
    /// <param name="printed">The printed figure.</param>
    /// <returns>The figure with a deficit positive.</returns>
    public Money ToDeficitPositive(Money printed) => Convention == SignConvention.DeficitPositive ? printed : -printed;

    /// <summary>Converts a deficit-positive figure back to the table's printed convention.</summary>
    /// <param name="deficitPositive">The figure with a deficit positive.</param>
    /// <returns>The figure as the table would print it.</returns>
    public Money FromDeficitPositive(Money deficitPositive) => Convention == SignConvention.DeficitPositive ? deficitPositive : -deficitPositive;

    /// <summary>Converts a printed contribution to a positive amount that reduces the deficit.</summary>
    /// <param name="printed">The printed contribution.</param>
    /// <returns>The amount by which it reduces the deficit.</returns>
    public Money ToContributionAmount(Money printed) =>
        Contributions == ContributionPresentation.Unsigned ? printed : -ToDeficitPositive(printed);
}
