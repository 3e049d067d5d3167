using System;
using System.IO;
using NodaTime;
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

    /// <summary>The Wiltshire agreement (DSG reference sections 8 and 12.1): £67m in instalments, conditions 1, 2 and 3.2.</summary>
    internal static SafetyValveAgreement WiltshireAgreement()
    {
        var thirds = M(6.7m).Allocate(3);
        var payments = new[]
        {
            new SafetyValvePayment(Fy("2023/24"), M(26.8m), PaymentStatus.Paid, new LocalDate(2024, 3, 28)),
            new SafetyValvePayment(Fy("2024/25"), thirds[0], PaymentStatus.Paid),
            new SafetyValvePayment(Fy("2024/25"), thirds[1], PaymentStatus.Scheduled),
            new SafetyValvePayment(Fy("2024/25"), thirds[2], PaymentStatus.Scheduled),
            new SafetyValvePayment(Fy("2025/26"), M(6.7m), PaymentStatus.Scheduled),
            new SafetyValvePayment(Fy("2026/27"), M(6.7m), PaymentStatus.Scheduled),
            new SafetyValvePayment(Fy("2027/28"), M(6.7m), PaymentStatus.Scheduled),
            new SafetyValvePayment(Fy("2028/29"), M(13.4m), PaymentStatus.Scheduled),
        };
        var conditions = new SafetyValveCondition[]
        {
            SafetyValveCondition.InYearBalanceBy("1", "positive in-year balance by the end of 2028-29 and in each subsequent year", Fy("2028/29")),
            SafetyValveCondition.CumulativeDeficitNotExceeding("2", "not exceeding £84.5m in 2024/25", Fy("2024/25"), M(84.5m), CeilingBasis.ExcludingSafetyValvePayments)
                with { PlanFigure = M(84.527m), Rag = RagStatus.Red },
            SafetyValveCondition.Delivery("3.2", "right support, first time") with { Rag = RagStatus.Green, Commentary = "on track" },
        };
        return new SafetyValveAgreement("Wiltshire Council", null, Fy("2023/24"), Fy("2028/29"), M(67m), new PaymentSchedule(payments), conditions, M(70.2m));
    }

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
