using System.Linq;
using FsCheck.Xunit;
using Send.Domain.Kpis;
using Send.Domain.Kpis.Rag;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiPropertyTests
{
    private static readonly KpiValueStatus[] Statuses =
    {
        KpiValueStatus.Suppressed, KpiValueStatus.NotAvailable, KpiValueStatus.NotApplicable,
        KpiValueStatus.LowNonZero, KpiValueStatus.LowReliability, KpiValueStatus.Missing,
    };

    /// <summary>Builds a value from generated data: a number in hundredths, or (when the selector says so) a status.</summary>
    private static KpiValue Value(int hundredths, byte selector) =>
        selector % 4 == 0 ? KpiValue.WithStatus(Statuses[selector % Statuses.Length]) : KpiValue.Of(hundredths / 100m);

    [Property]
    public bool FlippingPolarity_FlipsEveryBetterWorseVerdict(int a, int b, byte decimals)
    {
        var places = decimals % 4;
        var higher = KpiComparison.Judge(KpiValue.Of(a / 100m), KpiValue.Of(b / 100m), Polarity.HigherIsBetter, places);
        var lower = KpiComparison.Judge(KpiValue.Of(a / 100m), KpiValue.Of(b / 100m), Polarity.LowerIsBetter, places);
        return higher switch
        {
            Verdict.Better => lower == Verdict.Worse,
            Verdict.Worse => lower == Verdict.Better,
            _ => lower == higher,
        };
    }

    [Property]
    public bool NoPolarity_IsNeverBetterOrWorse(int a, int b, byte selectorA, byte selectorB)
    {
        var verdict = KpiComparison.Judge(Value(a, selectorA), Value(b, selectorB), Polarity.NoPolarity, 1);
        return verdict is not (Verdict.Better or Verdict.Worse);
    }

    [Property]
    public bool MeanOfAvailableValues_LiesBetweenTheirMinAndMax(int[] hundredths, byte[] selectors)
    {
        var values = hundredths.Select((h, i) => Value(h, selectors.Length == 0 ? (byte)1 : selectors[i % selectors.Length])).ToArray();
        var average = NeighbourAverage.Of(values);
        var numbers = values.Where(v => v.HasNumber).Select(v => v.Number).ToArray();
        if (numbers.Length == 0)
        {
            return !average.Value.HasNumber && average.CountUsed == 0;
        }

        return average.CountUsed == numbers.Length && average.Value.Number >= numbers.Min() && average.Value.Number <= numbers.Max();
    }

    [Property]
    public bool Suppression_IsNeverLostThroughACalculation(int a, byte statusSelector, bool suppressedFirst)
    {
        var status = KpiValue.WithStatus(Statuses[statusSelector % Statuses.Length]);
        var number = KpiValue.Of(a / 10m);
        var difference = suppressedFirst ? status.Minus(number) : number.Minus(status);
        var growth = suppressedFirst ? DerivedSendKpis.YearOnYearGrowth(status, number) : DerivedSendKpis.YearOnYearGrowth(number, status);
        var mean = NeighbourAverage.Of(new[] { status, status });
        var rating = new TargetToleranceRule(50m, 5m, ToleranceKind.Absolute).Rate(new RagInput(status, Polarity.HigherIsBetter, 1));
        var verdict = KpiComparison.Judge(suppressedFirst ? status : number, suppressedFirst ? number : status, Polarity.HigherIsBetter, 1);
        // A difference with "low" (non-zero, rounds to zero) is not available: the difference need not round to zero.
        var carried = status.Status == KpiValueStatus.LowNonZero ? KpiValueStatus.NotAvailable : status.Status;
        return difference.Status == carried
            && (growth.Status == status.Status || growth.Status == carried)
            && mean.Value.Status == status.Status
            && rating.Colour == RagColour.NoRating
            && verdict == Verdict.NotComparable
            && QuartileCutPoints.Of(new[] { status }) is null;
    }

    [Property]
    public bool Ranks_AreConsistentWithTheOrdering(int[] hundredths, byte[] selectors, bool higherIsBetter)
    {
        var values = hundredths.Select((h, i) => Value(h % 1000, selectors.Length == 0 ? (byte)1 : selectors[i % selectors.Length])).ToArray();
        var polarity = higherIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter;
        var ranks = KpiRanking.Rank(values, polarity);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].HasNumber != ranks[i].HasValue)
            {
                return false;
            }

            for (var j = 0; j < values.Length; j++)
            {
                if (!values[i].HasNumber || !values[j].HasNumber)
                {
                    continue;
                }

                var better = KpiComparison.Judge(values[i], values[j], polarity, null);
                if ((better == Verdict.Better && !(ranks[i] < ranks[j])) || (better == Verdict.Same && ranks[i] != ranks[j]))
                {
                    return false;
                }
            }

            if (values[i].HasNumber && ranks[i] != KpiRanking.RankOf(values[i], values, polarity))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Ranks_DoNotDependOnInputOrder(int[] hundredths)
    {
        var values = hundredths.Select(h => KpiValue.Of(h % 500)).ToArray();
        var reversed = values.Reverse().ToArray();
        var ranks = KpiRanking.Rank(values, Polarity.LowerIsBetter);
        var ranksReversed = KpiRanking.Rank(reversed, Polarity.LowerIsBetter).Reverse().ToArray();
        return ranks.SequenceEqual(ranksReversed);
    }

    [Property]
    public bool QuartileCutPoints_AreOrderedAndBandEveryValue(int[] hundredths, bool higherIsBetter)
    {
        var values = hundredths.Select(h => KpiValue.Of(h / 100m)).ToArray();
        var cuts = QuartileCutPoints.Of(values);
        if (values.Length == 0)
        {
            return cuts is null;
        }

        var polarity = higherIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter;
        return cuts!.Q0 <= cuts.Q25 && cuts.Q25 <= cuts.Q50 && cuts.Q50 <= cuts.Q75 && cuts.Q75 <= cuts.Q100
            && values.All(v => cuts.BandOf(v, polarity) is not null);
    }
}
