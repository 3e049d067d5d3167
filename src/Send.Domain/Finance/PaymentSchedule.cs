using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Domain.Finance;

/// <summary>The instalments of a Safety Valve agreement, with totals by status.</summary>
/// <remarks>
/// Payments keep the order given. Typical shape: a large first payment on signing, equal annual payments, and a
/// final payment often double the annual one (Wiltshire 26.8, 4 × 6.7, 13.4 = £67.0m). Immutable.
/// </remarks>
public sealed class PaymentSchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="payments">The instalments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> is null.</exception>
    /// <exception cref="ArgumentException">A payment is null, negative or has an undefined status.</exception>
    public PaymentSchedule(IEnumerable<SafetyValvePayment> payments)
    {
        ArgumentNullException.ThrowIfNull(payments);
        Payments = payments.ToArray();
        foreach (var payment in Payments)
        {
            if (payment is null)
            {
                throw new ArgumentException("A payment is null.", nameof(payments));
            }

            if (payment.Amount.IsNegative || !Enum.IsDefined(payment.Status))
            {
                throw new ArgumentException($"{payment.Year}: a payment must be a positive amount with a known status.", nameof(payments));
            }
        }
    }

    /// <summary>The instalments, in the order given.</summary>
    public IReadOnlyList<SafetyValvePayment> Payments { get; }

    /// <summary>Every instalment added up, whatever its status.</summary>
    public Money Total => Money.Sum(Payments.Select(p => p.Amount));

    /// <summary>The instalments paid.</summary>
    public Money Paid => TotalOf(PaymentStatus.Paid);

    /// <summary>The instalments withheld.</summary>
    public Money Withheld => TotalOf(PaymentStatus.Withheld);

    /// <summary>The instalments suspended.</summary>
    public Money Suspended => TotalOf(PaymentStatus.Suspended);

    /// <summary>The instalments still scheduled.</summary>
    public Money Scheduled => TotalOf(PaymentStatus.Scheduled);

    /// <summary>The instalments with the given status added up.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The total.</returns>
    public Money TotalOf(PaymentStatus status) => Money.Sum(Payments.Where(p => p.Status == status).Select(p => p.Amount));
}
