using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Domain.Statutory;

namespace Send.Domain.Testing.Tests;

public sealed class PropertyTests
{
    private static readonly LocalDate Origin = new(2015, 1, 5);

    /// <summary>Whatever the date, a London clock made for it reads back as that London date (in GMT and in BST).</summary>
    [Property(MaxTest = 300)]
    public bool LondonClock_On_ReadsBackAsTheSameLondonDate(int offset)
    {
        var date = Origin.PlusDays(Math.Abs(offset % 8000));
        return DeadlineEngine.LondonToday(LondonClock.On(date)) == date;
    }

    /// <summary>
    /// Then() rolls forward exactly: each year's brought-forward is the last carried-forward, each carried-forward is
    /// the sum of its parts, and the reconciler finds no error in any table so built (figures typed to 3 places, Safety
    /// Valve contributions reducing the deficit as the builder expects: a table whose every contribution increases the
    /// deficit contradicts its sign convention, SEND-FIN-SIGN).
    /// </summary>
    [Property(MaxTest = 100)]
    public bool DeficitTable_Then_AlwaysAddsUpAndReconciles(int opening, int[] inYearThousandths, int safetyValve)
    {
        var builder = DeficitTableBuilder.For("property.csv")
            .Year(new FinancialYear(2020), DsgYearStatus.Outturn, Thousandths(opening), 0m, 0m, 0m, Thousandths(opening));
        foreach (var inYear in (inYearThousandths ?? Array.Empty<int>()).Take(8))
        {
            builder = builder.Then(DsgYearStatus.Forecast, Thousandths(inYear), -Math.Abs(Thousandths(safetyValve)), 0m);
        }

        var table = builder.Build();
        var chained = table.Rows.Zip(table.Rows.Skip(1), (a, b) => b.BroughtForward == a.CarriedForward).All(x => x);
        var sums = table.Rows.All(r => r.CarriedForward == r.BroughtForward + r.InYear + r.SafetyValve + r.Local);
        return chained && sums && !new DeficitTableReconciler().Reconcile(table).HasErrors;
    }

    private static decimal Thousandths(int value) => (value % 100_000) / 1000m;
}
