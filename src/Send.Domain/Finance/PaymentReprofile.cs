using System;
using System.Linq;
using NodaTime;

namespace Send.Domain.Finance;

/// <summary>
/// A Safety Valve payment schedule re-profiled: the original instalments and the revised ones that replace them, when
/// the DfE and the council agree to move payments between years (or the DfE withholds and later releases them).
/// </summary>
/// <remarks>
/// <para>
/// The revised schedule is the one in force: <see cref="SafetyValveAgreement.CurrentSchedule"/> is it, the table's
/// Safety Valve column is checked against it, and a figure matching only the original is reported as such. The DfE
/// contribution is a fixed figure (Wiltshire, seed 002, paragraph 17), so a re-profile moves money between years:
/// <see cref="TotalChange"/> should be zero, and is a warning otherwise.
/// </para>
/// <para>
/// <see cref="Compare"/> gives, per year, the original and revised amounts (unpublished amounts count as nothing),
/// the difference and the cumulative difference. Immutable.
/// </para>
/// </remarks>
public sealed class PaymentReprofile
{
    /// <summary>Creates a re-profile.</summary>
    /// <param name="original">The schedule first agreed.</param>
    /// <param name="revised">The schedule that replaces it.</param>
    /// <param name="date">When it was agreed, or null.</param>
    /// <param name="reason">Why, as the paper says, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> or <paramref name="revised"/> is null.</exception>
    public PaymentReprofile(PaymentSchedule original, PaymentSchedule revised, LocalDate? date = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(revised);
        Original = original;
        Revised = revised;
        Date = date;
        Reason = reason;
    }

    /// <summary>The schedule first agreed.</summary>
    public PaymentSchedule Original { get; }

    /// <summary>The schedule in force.</summary>
    public PaymentSchedule Revised { get; }

    /// <summary>When the re-profile was agreed, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Why, or null.</summary>
    public string? Reason { get; }

    /// <summary><c>Revised.Total − Original.Total</c>; zero when only the timing changed.</summary>
    public Money TotalChange => Revised.Total - Original.Total;

    /// <summary>The two schedules year by year: original as baseline, revised as the other.</summary>
    /// <returns>The comparison (a flow: its last cumulative difference is <see cref="TotalChange"/>).</returns>
    public ScenarioComparison Compare() => ScenarioComparison.Compare(
        "Original schedule",
        "Revised schedule",
        ForecastMeasure.SafetyValvePayments,
        ByYear(Original),
        ByYear(Revised));

    private static ScenarioYear[] ByYear(PaymentSchedule schedule) =>
        schedule.Payments.GroupBy(p => p.Year).Select(g => new ScenarioYear(g.Key, Money.Sum(g.Select(p => p.Amount)))).ToArray();
}
