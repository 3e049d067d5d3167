using System.Linq;
using Send.Domain.Finance;
using Send.Reporting.Templating;

namespace Send.Reporting.Functions;

/// <summary>The savings table of a programme over several years.</summary>
public static partial class DomainTables
{
    /// <summary>
    /// <c>savings_table programme</c> for a programme over several years: one row per strand with its target and
    /// forecast in each year and its total target, and a Total row from each year's stated target and forecast and
    /// the programme's total; amounts in £m to the programme's places, <c>-</c> where a year gives no figure.
    /// </summary>
    /// <param name="plan">The programme.</param>
    /// <returns>The table.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    private static RawMarkdown SavingsPlanTable(MultiYearSavingsProgramme plan)
    {
        System.ArgumentNullException.ThrowIfNull(plan);
        var format = MoneyFormat.Millions(plan.Decimals);
        string Show(Money? value) => value is Money m ? format.Format(m) : "-";
        var columns = new[] { ("Strand", false) }
            .Concat(plan.Years.SelectMany(y => new[] { (y.Year + " target", true), (y.Year + " forecast", true) }))
            .Append(("Total target", true))
            .ToArray();
        var table = new MarkdownTableBuilder(columns);
        foreach (var strand in plan.StrandTotals)
        {
            var cells = plan.Years.Select(y => y.Strands.FirstOrDefault(s => s.Name == strand.Name)).SelectMany(s => new[] { Show(s?.Target), Show(s?.Forecast) });
            table.Row(new[] { strand.Name }.Concat(cells).Append(Show(strand.Target)).ToArray());
        }

        table.Totals(new[] { "Total" }.Concat(plan.Years.SelectMany(y => new[] { Show(y.StatedTarget), Show(y.Forecast) })).Append(Show(plan.StatedTarget ?? plan.Target)).ToArray());
        return table.Build();
    }
}
