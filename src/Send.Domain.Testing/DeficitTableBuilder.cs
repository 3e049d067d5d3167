using System;
using System.Collections.Immutable;
using Send.Domain.Calendars;
using Send.Domain.Finance;

namespace Send.Domain.Testing;

/// <summary>
/// Builds a <see cref="PublishedDeficitTable"/> (a DSG deficit table as a council printed it) in a test, with figures
/// typed in £ millions as the papers print them.
/// </summary>
/// <remarks>
/// <para>
/// The table is deficit-positive with signed contributions (a contribution that reduces the deficit is typed
/// negative, as Wiltshire prints <c>-26.800</c>), printed to 3 decimal places unless <see cref="For"/> says otherwise.
/// <see cref="Year"/> takes every figure as printed, so a test can build a table that does not add up and check that
/// <see cref="DeficitTableReconciler"/> says so. <see cref="Then"/> adds the next year rolled forward exactly
/// (brought forward = last year's carried forward; carried forward = brought forward + in-year + contributions), for
/// tests that need a table that does add up.
/// </para>
/// <para>A builder is immutable: every method returns a new builder.</para>
/// </remarks>
public sealed class DeficitTableBuilder
{
    private readonly string source;
    private readonly int decimals;
    private readonly ImmutableList<PublishedDeficitRow> rows;

    private DeficitTableBuilder(string source, int decimals, ImmutableList<PublishedDeficitRow> rows)
    {
        this.source = source;
        this.decimals = decimals;
        this.rows = rows;
    }

    /// <summary>Starts an empty table.</summary>
    /// <param name="source">Where the table "came from", as problems name it (for example <c>test-deficit.csv</c>).</param>
    /// <param name="decimals">Decimal places of £m printed, 0 to 12; most council tables print 3.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12.</exception>
    public static DeficitTableBuilder For(string source, int decimals = 3)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new ArgumentException("A table needs a source name.", nameof(source));
        }

        if (decimals is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimal places must be 0 to 12.");
        }

        return new DeficitTableBuilder(source, decimals, ImmutableList<PublishedDeficitRow>.Empty);
    }

    /// <summary>Adds a year with every figure as printed, in £m.</summary>
    /// <param name="year">The financial year of the column.</param>
    /// <param name="status">Outturn, forecast or budget.</param>
    /// <param name="broughtForwardM">The cumulative deficit brought forward.</param>
    /// <param name="inYearM">The in-year result before contributions.</param>
    /// <param name="safetyValveM">The Safety Valve contribution (negative when it reduces the deficit).</param>
    /// <param name="localM">The local contribution (negative when it reduces the deficit).</param>
    /// <param name="carriedForwardM">The cumulative deficit carried forward.</param>
    /// <returns>A new builder with the row.</returns>
    public DeficitTableBuilder Year(FinancialYear year, DsgYearStatus status, decimal broughtForwardM, decimal inYearM, decimal safetyValveM, decimal localM, decimal carriedForwardM) =>
        Row(new PublishedDeficitRow(
            year,
            status,
            Money.FromMillions(broughtForwardM),
            Money.FromMillions(inYearM),
            Money.FromMillions(safetyValveM),
            Money.FromMillions(localM),
            null,
            Money.FromMillions(carriedForwardM)));

    /// <summary>
    /// Adds the year after the last one, rolled forward exactly: brought forward is the last carried forward, and
    /// carried forward is brought forward + <paramref name="inYearM"/> + <paramref name="safetyValveM"/> +
    /// <paramref name="localM"/>.
    /// </summary>
    /// <param name="status">Outturn, forecast or budget.</param>
    /// <param name="inYearM">The in-year result before contributions, in £m.</param>
    /// <param name="safetyValveM">The Safety Valve contribution in £m (negative when it reduces the deficit).</param>
    /// <param name="localM">The local contribution in £m (negative when it reduces the deficit).</param>
    /// <returns>A new builder with the row.</returns>
    /// <exception cref="InvalidOperationException">The table has no year yet: the first year needs <see cref="Year"/>.</exception>
    public DeficitTableBuilder Then(DsgYearStatus status, decimal inYearM, decimal safetyValveM, decimal localM)
    {
        if (rows.IsEmpty)
        {
            throw new InvalidOperationException("Then() rolls the last year forward; add the first year with Year().");
        }

        var last = rows[rows.Count - 1];
        var broughtForward = last.CarriedForward;
        var inYear = Money.FromMillions(inYearM);
        var safetyValve = Money.FromMillions(safetyValveM);
        var local = Money.FromMillions(localM);
        return Row(new PublishedDeficitRow(last.Year.Next, status, broughtForward, inYear, safetyValve, local, null, broughtForward + inYear + safetyValve + local));
    }

    /// <summary>Adds a row built by hand (with an "other contributions" figure, notes or per-figure decimals).</summary>
    /// <param name="row">The row.</param>
    /// <returns>A new builder with the row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public DeficitTableBuilder Row(PublishedDeficitRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new DeficitTableBuilder(source, decimals, rows.Add(row));
    }

    /// <summary>Builds the table (deficit-positive, signed contributions).</summary>
    /// <returns>A new <see cref="PublishedDeficitTable"/> with the rows in the order added.</returns>
    public PublishedDeficitTable Build() =>
        new(source, rows, decimals, SignConvention.DeficitPositive, ContributionPresentation.Signed);
}
