using System;
using Send.Reporting.Charts;

namespace Send.Reporting.Extensions;

/// <summary>
/// Charts: fenced <c>```chart</c> blocks (written by hand or by a template) become native Word charts with their
/// data embedded, in the house style's theme (<see cref="ChartRenderer"/>); their problems carry the
/// codes <c>SEND-CHART-SYNTAX</c> to <c>SEND-CHART-NUMBER</c>.
/// </summary>
/// <remarks>
/// Added by <see cref="ReportEngineBuilder.UseCharts"/> and <see cref="ReportEngineBuilder.UseDefaults"/>. Without it
/// a <c>chart</c> block is an unknown block (<c>SEND-MARKDOWN</c>). Stateless; one instance serves any number of engines.
/// </remarks>
public sealed class ChartsExtension : IReportExtension
{
    internal const string WarmUpMarkdown = """

        ```chart
        type: line
        title: Warm-up
        categories: 2023/24; 2024/25
        series: Spend | 1.0; 2.0
        ```

        """;

    /// <inheritdoc />
    public void Setup(ReportEngineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup.AddBlockRenderer(new ChartRenderer());
        setup.AddWarmUpMarkdown(WarmUpMarkdown);
    }
}
