using System;
using System.Globalization;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// A statutory period: an amount, a unit and how it is laid against the trigger date, for example "20 weeks after",
/// "a 12-month period beginning with" or "at least 2 weeks before".
/// </summary>
/// <remarks>
/// <para>
/// A small immutable value. The default value is "no fixed period" (0, <see cref="PeriodUnit.None"/>,
/// <see cref="PeriodDirection.After"/>), used for EHC-CEASE. A period of 0 days after (the "immediately" of a
/// Tribunal order) is a real period whose deadline is the trigger date itself.
/// </para>
/// <para>
/// Arithmetic is NodaTime's: <see cref="LocalDate.PlusMonths"/> clamps to the month end exactly as CNT-MONTHS needs
/// (31 Jan + 1 month = 28 Feb). Dates are never rolled off weekends here (CNT-NOROLL).
/// </para>
/// </remarks>
/// <param name="Amount">How many units; not negative.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Direction">After (day 0), beginning with (day 1) or before.</param>
public readonly record struct StatutoryPeriod(int Amount, PeriodUnit Unit, PeriodDirection Direction)
{
    /// <summary>Whether this is the "no fixed period" value.</summary>
    public bool IsNone => Unit == PeriodUnit.None;

    /// <summary>A period of <paramref name="weeks"/> weeks after the trigger.</summary>
    /// <param name="weeks">The number of weeks.</param>
    /// <returns>The period.</returns>
    public static StatutoryPeriod WeeksAfter(int weeks) => new(weeks, PeriodUnit.Weeks, PeriodDirection.After);

    /// <summary>A period of <paramref name="days"/> calendar days after the trigger.</summary>
    /// <param name="days">The number of days.</param>
    /// <returns>The period.</returns>
    public static StatutoryPeriod DaysAfter(int days) => new(days, PeriodUnit.Days, PeriodDirection.After);

    /// <summary>A period of <paramref name="months"/> calendar months after the trigger.</summary>
    /// <param name="months">The number of months.</param>
    /// <returns>The period.</returns>
    public static StatutoryPeriod MonthsAfter(int months) => new(months, PeriodUnit.Months, PeriodDirection.After);

    /// <summary>Formats the period in words, for example <c>20 weeks after</c> or <c>12 months beginning with</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (IsNone)
        {
            return "no fixed period";
        }

        var direction = Direction switch
        {
            PeriodDirection.BeginningWith => "beginning with",
            PeriodDirection.Before => "before",
            _ => "after",
        };
        return Quantity() + " " + direction;
    }

    /// <summary>The amount and unit in words, for example <c>20 weeks</c> or <c>3 working days</c>.</summary>
    /// <returns>The quantity text.</returns>
    public string Quantity()
    {
        var unit = Unit switch
        {
            PeriodUnit.Days => Amount == 1 ? "day" : "days",
            PeriodUnit.Weeks => Amount == 1 ? "week" : "weeks",
            PeriodUnit.Months => Amount == 1 ? "month" : "months",
            PeriodUnit.WorkingDays => Amount == 1 ? "working day" : "working days",
            _ => string.Empty,
        };
        return Amount.ToString(CultureInfo.InvariantCulture) + " " + unit;
    }

    /// <summary>
    /// Lays the period against <paramref name="trigger"/>. For <see cref="PeriodDirection.After"/> the result is the
    /// deadline; for <see cref="PeriodDirection.BeginningWith"/> the last day of the period; for
    /// <see cref="PeriodDirection.Before"/> the last compliant day.
    /// </summary>
    internal LocalDate Apply(LocalDate trigger, IWorkingDays? workingDays, out bool clamped)
    {
        clamped = false;
        switch (Unit)
        {
            case PeriodUnit.None:
                return trigger;
            case PeriodUnit.Days:
                return Direction switch
                {
                    PeriodDirection.BeginningWith => trigger.PlusDays(Amount - 1),
                    PeriodDirection.Before => trigger.PlusDays(-Amount),
                    _ => trigger.PlusDays(Amount),
                };
            case PeriodUnit.Weeks:
                return Direction switch
                {
                    PeriodDirection.BeginningWith => trigger.PlusDays((7 * Amount) - 1),
                    PeriodDirection.Before => trigger.PlusDays(-7 * Amount),
                    _ => trigger.PlusDays(7 * Amount),
                };
            case PeriodUnit.Months:
                {
                    var months = Direction == PeriodDirection.Before ? -Amount : Amount;
                    var corresponding = trigger.PlusMonths(months);
                    clamped = corresponding.Day != trigger.Day;
                    if (Direction != PeriodDirection.BeginningWith)
                    {
                        return corresponding;
                    }

                    // CNT-BEGINNING: the day before the corresponding date; with no corresponding date, the month end.
                    return clamped ? corresponding : corresponding.PlusDays(-1);
                }

            case PeriodUnit.WorkingDays:
                if (workingDays is null)
                {
                    throw new InvalidOperationException("A working-day period needs a working-day calendar.");
                }

                return Direction switch
                {
                    PeriodDirection.BeginningWith => workingDays.LastDayOfWorkingDaysBeginningWith(trigger, Amount),
                    PeriodDirection.Before => throw new NotSupportedException("No statutory rule counts working days before an event."),
                    _ => workingDays.AddWorkingDays(trigger, Amount),
                };
            default:
                throw new InvalidOperationException("Unknown period unit " + Unit + ".");
        }
    }
}
