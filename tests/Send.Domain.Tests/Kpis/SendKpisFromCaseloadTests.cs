using System.Linq;
using NodaTime;
using Send.Domain.Kpis;
using Send.Domain.Statutory;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class SendKpisFromCaseloadTests
{
    // Hand-built caseload; expected values are worked out by hand in the comments.
    private static readonly CaseloadRecord[] Caseload =
    {
        new("A") { RequestReceived = new LocalDate(2024, 1, 2), FinalIssued = new LocalDate(2024, 3, 1) }, // 59 days: on time
        new("B") { RequestReceived = new LocalDate(2024, 1, 2), FinalIssued = new LocalDate(2024, 12, 1) }, // late
        new("C") { RequestReceived = new LocalDate(2024, 2, 1), FinalIssued = new LocalDate(2024, 12, 20), ExceptionApplies = true }, // late, exception
        new("D") { RequestReceived = new LocalDate(2023, 6, 1) }, // open request
        new("E") { RequestReceived = new LocalDate(2022, 1, 10), FinalIssued = new LocalDate(2022, 5, 1) }, // on time; review due 2023: overdue
    };

    private static KpiValue Value(string id, KpiPeriod period) =>
        SendKpisFromCaseload.Compute(Caseload, new LocalDate(2025, 1, 31)).Single(o => o.Definition.Id == id && o.Period == period).Value;

    [Fact]
    public void Timeliness_2024_IncludingAndExcludingExceptions()
    {
        // Including exceptions: A on time of A, B, C = 1/3. Excluding: A of A, B = 1/2.
        Assert.Equal("33.3", Value("ehcp-issued-20wk-incl-exc-pct", KpiPeriod.CalendarYear(2024)).ToDisplayString(1));
        Assert.Equal(50m, Value("ehcp-issued-20wk-excl-exc-pct", KpiPeriod.CalendarYear(2024)).Number);
        Assert.Equal(100m, Value("ehcp-issued-20wk-excl-exc-pct", KpiPeriod.CalendarYear(2022)).Number);
    }

    [Fact]
    public void Requests_CountsAndGrowth()
    {
        Assert.Equal(3m, Value("ehcna-requests-count", KpiPeriod.CalendarYear(2024)).Number);
        Assert.Equal(200m, Value("ehcna-requests-yoy-growth-pct", KpiPeriod.CalendarYear(2024)).Number); // (3 - 1) / 1
        Assert.Equal(0m, Value("ehcna-requests-yoy-growth-pct", KpiPeriod.CalendarYear(2023)).Number); // (1 - 1) / 1
        Assert.Equal(KpiValueStatus.Missing, Value("ehcna-requests-yoy-growth-pct", KpiPeriod.CalendarYear(2022)).Status);
    }

    [Fact]
    public void OverdueReviewsAndMonthlyPlans()
    {
        Assert.Equal(1m, Value("ehcp-annual-reviews-overdue-count", KpiPeriod.Snapshot(2025)).Number); // E only
        Assert.Equal(2m, Value("ehcp-issued-count", KpiPeriod.EndingWith(KpiPeriodType.Month, 2024, 12)).Number);
    }

    [Fact]
    public void AllExceptions_ExcludingFigureIsNotAvailable()
    {
        var onlyExceptions = new[] { new CaseloadRecord("X") { RequestReceived = new LocalDate(2024, 1, 2), FinalIssued = new LocalDate(2024, 3, 1), ExceptionApplies = true } };
        var value = SendKpisFromCaseload.Compute(onlyExceptions, new LocalDate(2025, 1, 31)).Single(o => o.Definition.Id == "ehcp-issued-20wk-excl-exc-pct").Value;
        Assert.Equal(KpiValueStatus.NotAvailable, value.Status);
    }
}
