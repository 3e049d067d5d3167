using System;

namespace Send.Domain.Kpis.Rag;

/// <summary>
/// A RAG rating rule, held as data per KPI (see docs/kpis.md for the JSON form). Every rule is polarity-aware and
/// gives a reason with its rating.
/// </summary>
/// <remarks>
/// Rules common to all: a value without a number (suppressed, not available, missing...) is
/// <see cref="RagColour.NoRating"/>, never red; a KPI with <see cref="Polarity.NoPolarity"/> gets no rating. Values
/// are compared at stored precision, never on display strings. Boundaries: equal to the target counts as met; a
/// shortfall exactly equal to the tolerance is amber; exactly on the floor is amber.
/// </remarks>
public abstract record RagRule
{
    /// <summary>Rates <paramref name="input"/>.</summary>
    /// <param name="input">The value and its context.</param>
    /// <returns>The rating with its reason.</returns>
    public RagRating Rate(RagInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Value.HasNumber)
        {
            return new RagRating(RagColour.NoRating, $"not rated: the value is {Describe(input.Value)}");
        }

        if (input.Polarity == Polarity.NoPolarity)
        {
            return new RagRating(RagColour.NoRating, "not rated: the KPI has no polarity");
        }

        return RateNumber(input.Value.Number, input);
    }

    /// <summary>Rates a value that has a number and a KPI with a polarity.</summary>
    /// <param name="value">The number.</param>
    /// <param name="input">The context.</param>
    /// <returns>The rating.</returns>
    protected abstract RagRating RateNumber(decimal value, RagInput input);

    /// <summary>How far <paramref name="value"/> falls short of <paramref name="target"/> in the bad direction (0 or less when met).</summary>
    /// <param name="value">The value.</param>
    /// <param name="target">The target.</param>
    /// <param name="polarity">Higher or lower is better.</param>
    /// <returns>The shortfall.</returns>
    protected static decimal Shortfall(decimal value, decimal target, Polarity polarity) =>
        polarity == Polarity.LowerIsBetter ? value - target : target - value;

    /// <summary>Formats a number for a reason.</summary>
    /// <param name="number">The number.</param>
    /// <param name="decimals">Decimal places.</param>
    /// <returns>The text.</returns>
    protected static string F(decimal number, int decimals) => KpiUnitRanges.Format(number, decimals);

    /// <summary>Describes a value without a number (<c>suppressed (c)</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    protected static string Describe(KpiValue value) => value.Status switch
    {
        KpiValueStatus.Suppressed => "suppressed (c)",
        KpiValueStatus.NotAvailable => "not available (x)",
        KpiValueStatus.NotApplicable => "not applicable (z)",
        KpiValueStatus.LowNonZero => "low but not zero (low)",
        KpiValueStatus.LowReliability => "of low reliability (u)",
        KpiValueStatus.Missing => "missing (-)",
        _ => value.ToString(),
    };

    /// <summary>Says whether the polarity is higher- or lower-is-better, which target rules need.</summary>
    /// <param name="input">The context.</param>
    /// <param name="rating">A no-rating result when it is not.</param>
    /// <returns>True when the rule can be applied.</returns>
    protected static bool NeedsDirection(RagInput input, out RagRating rating)
    {
        rating = new RagRating(RagColour.NoRating, "not rated: a target-band KPI needs a band rule");
        return input.Polarity is Polarity.HigherIsBetter or Polarity.LowerIsBetter;
    }

    /// <summary>The word for the bad side of a target.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns><c>below</c> or <c>above</c>.</returns>
    protected static string BadSide(Polarity polarity) => polarity == Polarity.LowerIsBetter ? "above" : "below";
}

/// <summary>
/// Pattern 1, target with tolerance: green on or better than the target; amber worse but within the tolerance; red
/// outside it. The tolerance is absolute (in the KPI's units) or relative (a percentage of the target).
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Tolerance">The tolerance (0 or more).</param>
/// <param name="Kind">Absolute or relative.</param>
public sealed record TargetToleranceRule(decimal Target, decimal Tolerance, ToleranceKind Kind) : RagRule
{
    /// <summary>The tolerance in the KPI's units.</summary>
    public decimal Allowed => Kind == ToleranceKind.Relative ? Math.Abs(Target) * Tolerance / 100m : Tolerance;

    /// <inheritdoc />
    protected override RagRating RateNumber(decimal value, RagInput input)
    {
        if (!NeedsDirection(input, out var none))
        {
            return none;
        }

        var d = input.Decimals;
        var shortfall = Shortfall(value, Target, input.Polarity);
        if (shortfall <= 0m)
        {
            return new RagRating(RagColour.Green, $"{F(value, d)} meets the target of {F(Target, d)}");
        }

        return shortfall <= Allowed
            ? new RagRating(RagColour.Amber, $"{F(shortfall, d)} {BadSide(input.Polarity)} the target of {F(Target, d)}, within the tolerance of {F(Allowed, d)}")
            : new RagRating(RagColour.Red, $"{F(shortfall, d)} {BadSide(input.Polarity)} the target of {F(Target, d)}, outside the tolerance of {F(Allowed, d)}");
    }
}

/// <summary>
/// Pattern 2, tolerance plus trend (Havering): green within the tolerance of the target (or better); amber outside it
/// but improved or held against the earlier value; red outside it and worse. When the earlier value has no number the
/// trend is unknown and the rating is <see cref="RagColour.NoRating"/> rather than red.
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Tolerance">The tolerance.</param>
/// <param name="Kind">Absolute or relative (Havering: 10, relative).</param>
public sealed record ToleranceTrendRule(decimal Target, decimal Tolerance, ToleranceKind Kind) : RagRule
{
    /// <inheritdoc />
    protected override RagRating RateNumber(decimal value, RagInput input)
    {
        if (!NeedsDirection(input, out var none))
        {
            return none;
        }

        var d = input.Decimals;
        var allowed = Kind == ToleranceKind.Relative ? Math.Abs(Target) * Tolerance / 100m : Tolerance;
        var shortfall = Shortfall(value, Target, input.Polarity);
        if (shortfall <= allowed)
        {
            return new RagRating(RagColour.Green, $"{F(value, d)} is within {F(allowed, d)} of the target of {F(Target, d)} or better");
        }

        var previous = input.Previous ?? KpiValue.Missing;
        var verdict = KpiComparison.Judge(input.Value, previous, input.Polarity, null);
        return verdict switch
        {
            Verdict.Better or Verdict.Same => new RagRating(RagColour.Amber, $"{F(shortfall, d)} {BadSide(input.Polarity)} the target of {F(Target, d)}, but improved or held against {F(previous.Number, d)}"),
            Verdict.Worse => new RagRating(RagColour.Red, $"{F(shortfall, d)} {BadSide(input.Polarity)} the target of {F(Target, d)} and worse than {F(previous.Number, d)}"),
            _ => new RagRating(RagColour.NoRating, $"not rated: outside the tolerance of the target of {F(Target, d)}, and the earlier value is {Describe(previous)}"),
        };
    }
}

/// <summary>
/// Pattern 3, target plus floor (Kent): green when the target is met; amber when the floor is met but not the target;
/// red below the floor (which triggers management action).
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Floor">The floor standard, on the bad side of the target.</param>
public sealed record TargetFloorRule(decimal Target, decimal Floor) : RagRule
{
    /// <inheritdoc />
    protected override RagRating RateNumber(decimal value, RagInput input)
    {
        if (!NeedsDirection(input, out var none))
        {
            return none;
        }

        var d = input.Decimals;
        if (Shortfall(value, Target, input.Polarity) <= 0m)
        {
            return new RagRating(RagColour.Green, $"{F(value, d)} meets the target of {F(Target, d)}");
        }

        return Shortfall(value, Floor, input.Polarity) <= 0m
            ? new RagRating(RagColour.Amber, $"{F(value, d)} misses the target of {F(Target, d)} but meets the floor of {F(Floor, d)}")
            : new RagRating(RagColour.Red, $"{F(value, d)} is {BadSide(input.Polarity)} the floor of {F(Floor, d)}: management action");
    }
}

/// <summary>
/// Pattern 4, benchmark-based: green when as good as or better than the benchmark (the statistical-neighbour average,
/// England or the region), amber when worse by no more than <see cref="AmberMargin"/>, red beyond it. Against the
/// quartile band: A green, B and C amber, D red. A benchmark without a number gives no rating.
/// </summary>
/// <param name="Against">The benchmark.</param>
/// <param name="AmberMargin">How far worse than the benchmark is still amber, in the KPI's units (0: any shortfall is red).</param>
public sealed record BenchmarkRule(BenchmarkKind Against, decimal AmberMargin) : RagRule
{
    /// <inheritdoc />
    protected override RagRating RateNumber(decimal value, RagInput input)
    {
        if (!NeedsDirection(input, out var none))
        {
            return none;
        }

        var d = input.Decimals;
        if (Against == BenchmarkKind.Quartile)
        {
            return input.Band switch
            {
                QuartileBand.A => new RagRating(RagColour.Green, "in quartile band A (the best quarter of councils)"),
                QuartileBand.D => new RagRating(RagColour.Red, "in quartile band D (the worst quarter of councils)"),
                QuartileBand band => new RagRating(RagColour.Amber, $"in quartile band {band}"),
                null => new RagRating(RagColour.NoRating, "not rated: no quartile band"),
            };
        }

        var (name, benchmark) = Against switch
        {
            BenchmarkKind.England => ("England", input.England),
            BenchmarkKind.Region => ("the region", input.Region),
            _ => ("the statistical-neighbour average", input.NeighbourAverage),
        };
        if (benchmark is not KpiValue b || !b.TryGetNumber(out var bench))
        {
            return new RagRating(RagColour.NoRating, $"not rated: {name} is {(benchmark is KpiValue v ? Describe(v) : "not given")}");
        }

        var shortfall = Shortfall(value, bench, input.Polarity);
        if (shortfall <= 0m)
        {
            return new RagRating(RagColour.Green, $"{F(value, d)} is as good as or better than {name} ({F(bench, d)})");
        }

        return shortfall <= AmberMargin
            ? new RagRating(RagColour.Amber, $"{F(shortfall, d)} worse than {name} ({F(bench, d)}), within {F(AmberMargin, d)}")
            : new RagRating(RagColour.Red, $"{F(shortfall, d)} worse than {name} ({F(bench, d)})");
    }
}

/// <summary>
/// Pattern 5, trend: green when improved against the earlier value, amber when unchanged at the KPI's display
/// precision, red when worse. An earlier value without a number gives no rating.
/// </summary>
public sealed record TrendRule : RagRule
{
    /// <inheritdoc />
    protected override RagRating RateNumber(decimal value, RagInput input)
    {
        if (!NeedsDirection(input, out var none))
        {
            return none;
        }

        var d = input.Decimals;
        var previous = input.Previous ?? KpiValue.Missing;
        var travel = DirectionOfTravel.Between(input.Value, previous, input.Polarity, d);
        return travel.Direction switch
        {
            Direction.Improved => new RagRating(RagColour.Green, $"improved from {F(previous.Number, d)} to {F(value, d)}"),
            Direction.Worsened => new RagRating(RagColour.Red, $"worsened from {F(previous.Number, d)} to {F(value, d)}"),
            Direction.NoChange => new RagRating(RagColour.Amber, $"unchanged at {F(value, d)}"),
            _ => new RagRating(RagColour.NoRating, $"not rated: the earlier value is {Describe(previous)}"),
        };
    }
}

/// <summary>
/// For <see cref="Polarity.TargetBand"/> KPIs (stay near a target): green inside [<see cref="Lower"/>,
/// <see cref="Upper"/>]; amber outside it by no more than <see cref="Tolerance"/>; red further out.
/// </summary>
/// <param name="Lower">The lower edge of the band (inclusive).</param>
/// <param name="Upper">The upper edge of the band (inclusive).</param>
/// <param name="Tolerance">How far outside the band is still amber, in the KPI's units.</param>
public sealed record TargetBandRule(decimal Lower, decimal Upper, decimal Tolerance) : RagRule
{
    /// <inheritdoc />
    protected override RagRating RateNumber(decimal value, RagInput input)
    {
        var d = input.Decimals;
        var band = $"the band {F(Lower, d)} to {F(Upper, d)}";
        if (value >= Lower && value <= Upper)
        {
            return new RagRating(RagColour.Green, $"{F(value, d)} is inside {band}");
        }

        var distance = value < Lower ? Lower - value : value - Upper;
        return distance <= Tolerance
            ? new RagRating(RagColour.Amber, $"{F(value, d)} is {F(distance, d)} outside {band}, within {F(Tolerance, d)}")
            : new RagRating(RagColour.Red, $"{F(value, d)} is {F(distance, d)} outside {band}");
    }
}
