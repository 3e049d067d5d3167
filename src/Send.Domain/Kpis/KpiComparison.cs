using System;

namespace Send.Domain.Kpis;

/// <summary>
/// The comparison of a council's value with one comparator: the verdict given polarity, and the signed difference
/// (value minus comparator) with its status carried through.
/// </summary>
/// <remarks>
/// <para>
/// "Same" means equal at the precision compared: when <c>decimals</c> is given, both numbers are first rounded to that
/// many places (half away from zero), so that 0.355 and 0.36 are the same at 2 dp; when it is null, the stored
/// numbers are compared exactly. The difference is always the stored difference.
/// </para>
/// <para>
/// A KPI with <see cref="Polarity.NoPolarity"/> or <see cref="Polarity.TargetBand"/> gets <see cref="Verdict.NotJudged"/>
/// (or <see cref="Verdict.Same"/> when equal): it is never called better or worse. When either side has no number the
/// verdict is <see cref="Verdict.NotComparable"/>.
/// </para>
/// </remarks>
/// <param name="Comparator">The comparator's name (for example <c>England</c>).</param>
/// <param name="ComparatorValue">The comparator's value.</param>
/// <param name="Verdict">Better, worse, the same, not judged or not comparable.</param>
/// <param name="Difference">The value minus the comparator (no number when either side has none).</param>
public sealed record KpiComparison(string Comparator, KpiValue ComparatorValue, Verdict Verdict, KpiValue Difference)
{
    /// <summary>Compares <paramref name="value"/> with <paramref name="comparator"/>.</summary>
    /// <param name="comparatorName">The comparator's name.</param>
    /// <param name="value">The council's value.</param>
    /// <param name="comparator">The comparator's value.</param>
    /// <param name="polarity">The KPI's polarity (after any per-report override).</param>
    /// <param name="decimals">The precision at which "the same" is judged, or null for stored precision.</param>
    /// <returns>The comparison.</returns>
    public static KpiComparison Of(string comparatorName, KpiValue value, KpiValue comparator, Polarity polarity, int? decimals)
    {
        ArgumentNullException.ThrowIfNull(comparatorName);
        return new KpiComparison(comparatorName, comparator, Judge(value, comparator, polarity, decimals), value.Minus(comparator));
    }

    /// <summary>The verdict alone (see the type's remarks).</summary>
    /// <param name="value">The council's value.</param>
    /// <param name="comparator">The comparator's value.</param>
    /// <param name="polarity">The polarity.</param>
    /// <param name="decimals">The precision for "the same", or null for stored precision.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Judge(KpiValue value, KpiValue comparator, Polarity polarity, int? decimals)
    {
        if (!value.TryGetNumber(out var a) || !comparator.TryGetNumber(out var b))
        {
            return Verdict.NotComparable;
        }

        if (decimals is int places)
        {
            a = decimal.Round(a, places, MidpointRounding.AwayFromZero);
            b = decimal.Round(b, places, MidpointRounding.AwayFromZero);
        }

        if (a == b)
        {
            return Verdict.Same;
        }

        return polarity switch
        {
            Polarity.HigherIsBetter => a > b ? Verdict.Better : Verdict.Worse,
            Polarity.LowerIsBetter => a < b ? Verdict.Better : Verdict.Worse,
            _ => Verdict.NotJudged,
        };
    }
}
