namespace Send.Domain.Statutory;

/// <summary>How a statutory period is laid against its trigger date.</summary>
public enum PeriodDirection
{
    /// <summary>
    /// "Within N of (or after) E": E is day 0 and the deadline is E + N (CNT-DAY0). This is the default value.
    /// </summary>
    After = 0,

    /// <summary>
    /// "A period of N beginning with B": B is day 1 and the period ends on B + N − 1, or for months on the day before
    /// the corresponding date (clamped to the month end) (CNT-BEGINNING).
    /// </summary>
    BeginningWith = 1,

    /// <summary>"At least N before E": the latest compliant day is E − N (CNT-BEFORE).</summary>
    Before = 2,
}
