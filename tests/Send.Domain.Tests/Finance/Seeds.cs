using System;
using System.IO;
using Send.Domain.Calendars;
using Send.Domain.Finance;

namespace Send.Domain.Tests.Finance;

/// <summary>Figures from the seed papers and the DSG reference, typed in by hand (not produced by the code under test).</summary>
internal static class Seeds
{
    internal static FinancialYear Fy(string label) => FinancialYear.Parse(label);

    internal static Money M(decimal millions) => Money.FromMillions(millions);

    /// <summary>Wiltshire Schools Forum table, DSG reference section 12.1 (deficit positive, contributions negative).</summary>
    internal static PublishedDeficitTable WiltshireTable() => new(
        "wiltshire.json",
        new[]
        {
            Row("2023/24", DsgYearStatus.Outturn, 35.214m, 20.292m, -26.800m, 0.000m, 28.706m),
            Row("2024/25", DsgYearStatus.Forecast, 28.706m, 39.177m, -6.700m, 0.000m, 61.184m),
            Row("2025/26", DsgYearStatus.Forecast, 61.184m, 41.280m, -6.700m, -18.445m, 77.319m),
            Row("2026/27", DsgYearStatus.Forecast, 77.319m, 28.579m, -6.700m, 0.000m, 99.198m),
            Row("2027/28", DsgYearStatus.Forecast, 99.198m, 7.428m, -6.700m, 0.000m, 99.926m),
            Row("2028/29", DsgYearStatus.Forecast, 99.926m, -0.194m, -13.400m, -51.822m, 34.509m),
        });

    internal static PublishedDeficitRow Row(string year, DsgYearStatus status, decimal bf, decimal inYear, decimal sv, decimal local, decimal cf, decimal? other = null) =>
        new(Fy(year), status, M(bf), M(inYear), M(sv), M(local), other is decimal o ? M(o) : null, M(cf));

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Send.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Send.sln not found above " + AppContext.BaseDirectory);
    }

    internal static string Sample(string name) => File.ReadAllText(Path.Combine(RepoRoot(), "templates", "data", name));
}
