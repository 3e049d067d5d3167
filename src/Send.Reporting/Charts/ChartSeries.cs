using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Reporting.Charts;

/// <summary>
/// One named series of a chart: a value for each category, where a missing value (null) is drawn as a gap.
/// </summary>
/// <remarks>
/// Values are decimals so that money and counts are plotted exactly as the report states them; this is not a
/// statistics type. Instances are immutable.
/// </remarks>
public sealed class ChartSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="name">The legend label; not empty.</param>
    /// <param name="values">One value per category; null marks a gap (no value for that category).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ChartSeries(string name, IEnumerable<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A chart series needs a name for the legend.", nameof(name));
        }

        Name = name;
        Values = values.ToArray();
    }

    /// <summary>Gets the legend label.</summary>
    public string Name { get; }

    /// <summary>Gets one value per category; null is a gap.</summary>
    public IReadOnlyList<decimal?> Values { get; }
}
