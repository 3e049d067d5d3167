using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// Optional helpers for CNT-INPUT: the date a request is treated as received, following IPSEA's guidance [S]. This is
/// guidance, not law: the statutory calculations take the legal trigger date as an input, and a council that records
/// the actual date of receipt should use that.
/// </summary>
/// <remarks>
/// <para>IPSEA treats a request posted first class as received on the next working day after posting, and an email
/// sent after 5pm or on a non-working day as received on the next working day. "After 5pm" is read strictly: an
/// email sent at exactly 17:00:00 is received that day [D].</para>
/// <para>The Civil Procedure Rules (r 6.26) deem first class post served on the second business day after posting
/// [R]; that is a different regime and is not what these helpers do.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ReceiptDates
{
    private static readonly LocalTime EndOfDay = new(17, 0);

    private static readonly Lazy<ReceiptDates> EnglandAndWalesDates = new(() => new ReceiptDates(WorkingDayCalendar.EnglandAndWales));

    /// <summary>Creates the helpers over a working-day calendar.</summary>
    /// <param name="workingDays">The working days to use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workingDays"/> is null.</exception>
    public ReceiptDates(WorkingDayCalendar workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        WorkingDays = workingDays;
    }

    /// <summary>The helpers over <see cref="WorkingDayCalendar.EnglandAndWales"/>.</summary>
    public static ReceiptDates EnglandAndWales => EnglandAndWalesDates.Value;

    /// <summary>The working days used.</summary>
    public WorkingDayCalendar WorkingDays { get; }

    /// <summary>The date a first-class letter posted on <paramref name="posted"/> is treated as received: the next working day after posting (IPSEA guidance [S]).</summary>
    /// <param name="posted">The posting date.</param>
    /// <returns>The deemed receipt date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the bank holiday calendar's years.</exception>
    public LocalDate FirstClassPostReceived(LocalDate posted) => WorkingDays.NextWorkingDayAfter(posted);

    /// <summary>
    /// The date an email sent at <paramref name="sent"/> (London local time) is treated as received: the same day when
    /// sent on a working day at or before 17:00, otherwise the next working day (IPSEA guidance [S]).
    /// </summary>
    /// <param name="sent">The local date and time the email was sent, in London time (see <see cref="LondonTime"/>).</param>
    /// <returns>The deemed receipt date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the bank holiday calendar's years.</exception>
    public LocalDate EmailReceived(LocalDateTime sent) =>
        WorkingDays.IsWorkingDay(sent.Date) && sent.TimeOfDay <= EndOfDay
            ? sent.Date
            : WorkingDays.NextWorkingDayAfter(sent.Date);
}
