namespace Send.Domain.Kpis;

/// <summary>What a <see cref="KpiValue"/> holds: a number, or the reason there is no number.</summary>
/// <remarks>
/// The symbols follow the GSS and DfE conventions (see docs/kpis.md). None of them is ever turned into zero. The
/// default value is <see cref="Number"/>.
/// </remarks>
public enum KpiValueStatus
{
    /// <summary>A published number. This is the default value.</summary>
    Number = 0,

    /// <summary><c>c</c>: withheld to protect confidentiality (possibly secondary suppression).</summary>
    Suppressed = 1,

    /// <summary><c>x</c>: not available (not collected, withheld for quality, or a percentage with a zero denominator).</summary>
    NotAvailable = 2,

    /// <summary><c>z</c> (legacy <c>:</c>): not applicable.</summary>
    NotApplicable = 3,

    /// <summary><c>low</c> or <c>k</c> (legacy <c>~</c>): non-zero but rounds to zero at the published precision.</summary>
    LowNonZero = 4,

    /// <summary><c>u</c>: low reliability; the number is not published.</summary>
    LowReliability = 5,

    /// <summary><c>-</c> or <c>..</c> (LAIT and spreadsheets), or an empty cell: no value was published.</summary>
    Missing = 6,
}
