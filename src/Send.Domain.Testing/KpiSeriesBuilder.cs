using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Send.Domain.Kpis;

namespace Send.Domain.Testing;

/// <summary>
/// Builds the values of one KPI over several periods (<see cref="KpiObservation"/>s) in a test, including the DfE's
/// suppressed and missing values, and makes a council's own KPI definition without a definitions file.
/// </summary>
/// <remarks>
/// <para>
/// Periods are whatever the test gives; they are not checked against the definition's period type, so a test can
/// build the mismatched data a council might send. <see cref="Build"/> returns the observations in period order.
/// </para>
/// <para>A builder is immutable: every method returns a new builder.</para>
/// </remarks>
public sealed class KpiSeriesBuilder
{
    private readonly KpiDefinition definition;
    private readonly ImmutableList<KpiObservation> observations;

    private KpiSeriesBuilder(KpiDefinition definition, ImmutableList<KpiObservation> observations)
    {
        this.definition = definition;
        this.observations = observations;
    }

    /// <summary>Starts a series of <paramref name="definition"/> with no values.</summary>
    /// <param name="definition">The KPI, for example one from <see cref="KpiCatalogue"/> or from <see cref="LocalDefinition"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static KpiSeriesBuilder For(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new KpiSeriesBuilder(definition, ImmutableList<KpiObservation>.Empty);
    }

    /// <summary>
    /// Makes a council's own (local) KPI definition for a test: <see cref="KpiDefinition.IsLocal"/> is true and the
    /// source says it was made in a test.
    /// </summary>
    /// <param name="id">The id, lower-case and hyphenated (for example <c>local-ehcp-reviews-on-time</c>).</param>
    /// <param name="unit">The unit and scale.</param>
    /// <param name="periodType">How its periods are defined.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="displayDecimals">Decimal places shown, 0 to 6.</param>
    /// <returns>A new definition whose title is its id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="displayDecimals"/> is outside 0 to 6.</exception>
    public static KpiDefinition LocalDefinition(string id, KpiUnit unit, KpiPeriodType periodType, Polarity polarity, int displayDecimals)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A KPI needs an id.", nameof(id));
        }

        if (displayDecimals is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(displayDecimals), displayDecimals, "Display decimals must be 0 to 6.");
        }

        return new KpiDefinition(id, id, unit, periodType, polarity, "Send.Domain.Testing (a test definition)", displayDecimals) { IsLocal = true };
    }

    /// <summary>Adds a number for a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="number">The value, in the definition's unit and scale (a percentage as 62.5, not 0.625).</param>
    /// <returns>A new builder with the value.</returns>
    public KpiSeriesBuilder Value(KpiPeriod period, decimal number) => Value(period, KpiValue.Of(number));

    /// <summary>Adds any value for a period: a number with flags, or a symbol such as <see cref="KpiValue.Suppressed"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new builder with the value.</returns>
    public KpiSeriesBuilder Value(KpiPeriod period, KpiValue value) =>
        new(definition, observations.Add(new KpiObservation(definition, period, value)));

    /// <summary>Adds a suppressed value (the DfE's <c>c</c>) for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>A new builder with the value.</returns>
    public KpiSeriesBuilder Suppressed(KpiPeriod period) => Value(period, KpiValue.Suppressed);

    /// <summary>Builds the observations, in period order (the order added for equal periods).</summary>
    /// <returns>A new list of observations.</returns>
    public IReadOnlyList<KpiObservation> Build() => observations.OrderBy(o => o.Period).ToArray();
}
