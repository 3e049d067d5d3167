namespace Send.Reporting.Charts;

/// <summary>The kinds of native Word chart a <see cref="ChartSpec"/> can draw.</summary>
/// <remarks>The default value is <see cref="Line"/>.</remarks>
public enum ChartKind
{
    /// <summary>A line chart with markers: one line per series over the categories (trajectories over years).</summary>
    Line = 0,

    /// <summary>A clustered column chart: one bar per series in each category, side by side.</summary>
    Bar = 1,
}
