using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One instalment of a Safety Valve agreement: the financial year it belongs to, the amount, its status and the date
/// it was paid or is due (DSG reference, section 8).
/// </summary>
/// <remarks>
/// A withheld or suspended payment stays in the schedule with its status; it is not deleted (section 10, item 11).
/// Immutable; equality is structural.
/// </remarks>
/// <param name="Year">The financial year of the instalment.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Status">Scheduled, paid, withheld or suspended.</param>
/// <param name="Date">The date paid (or due), or null when not known.</param>
/// <param name="Note">A note such as "released on the first monitoring report", or null.</param>
public sealed record SafetyValvePayment(FinancialYear Year, Money Amount, PaymentStatus Status, LocalDate? Date = null, string? Note = null)
{
    /// <summary>
    /// Whether the amount was published. True by default; false for a payment known to be received (or due) whose
    /// amount the papers do not give ("received, amount not published"): <see cref="Amount"/> is then zero, totals
    /// leave it out, and the table's Safety Valve figure for that year is not checked against the schedule.
    /// </summary>
    public bool IsAmountPublished { get; init; } = true;
}
