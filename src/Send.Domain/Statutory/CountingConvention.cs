namespace Send.Domain.Statutory;

/// <summary>
/// The counting conventions of the reference (section 1, ids <c>CNT-*</c>): how a period is laid against its trigger.
/// </summary>
/// <remarks>See <see cref="CountingConventions"/> for the id, the description and the source of each.</remarks>
public enum CountingConvention
{
    /// <summary>CNT-DAY0: in "within N weeks of E", E is day 0; deadline = E + 7N. This is the default value.</summary>
    Day0 = 0,

    /// <summary>CNT-DAY1-VARIANT: the receipt date read as "day 1", one day earlier (off by default; [U]).</summary>
    Day1Variant = 1,

    /// <summary>CNT-BEGINNING: "beginning with B" makes B day 1.</summary>
    Beginning = 2,

    /// <summary>CNT-MONTHS: calendar months, clamped to the month end when there is no corresponding date.</summary>
    Months = 3,

    /// <summary>CNT-LEAP: 12 months from 29 Feb ends 28 Feb; from 1 Mar 2023 ends 29 Feb 2024.</summary>
    Leap = 4,

    /// <summary>CNT-BEFORE: "before X" means X − 1 is the last compliant day; "at least N before E" means E − N.</summary>
    Before = 5,

    /// <summary>CNT-NOROLL: a date under the Regulations does not move off a weekend or bank holiday; it is flagged.</summary>
    NoRoll = 6,

    /// <summary>CNT-WORKDAY: working days exclude weekends and England and Wales bank holidays.</summary>
    WorkDay = 7,

    /// <summary>CNT-INPUT: the library takes the legal trigger date (received, sent, served, held, made) as input.</summary>
    Input = 8,
}
