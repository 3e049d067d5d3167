using System.Linq;
using NodaTime;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class CaseloadAnalyticsTests
{
    private static readonly LocalDate AsAt = D("2025-03-31");

    [Theory]
    [InlineData(0, "0-6")]
    [InlineData(41, "0-6")]
    [InlineData(42, "6-16")] // exactly 6 weeks old: second band
    [InlineData(111, "6-16")]
    [InlineData(112, "16-20")]
    [InlineData(140, "20-30")]
    [InlineData(209, "20-30")]
    [InlineData(210, "30-52")]
    [InlineData(364, "52+")]
    public void Summarise_OpenAssessment_BandByCompletedWeeks(int daysOld, string band)
    {
        var record = new CaseloadRecord("A") { RequestReceived = AsAt.PlusDays(-daysOld) };
        var summary = CaseloadAnalytics.Summarise(new[] { record }, AsAt);
        Assert.Equal(band, summary.OpenAssessments.Single(b => b.Count == 1).Label);
        Assert.Equal(1, summary.OpenAssessments.Sum(b => b.Count));
    }

    [Fact]
    public void Summarise_OverdueReviews_CountsPlansPastPeriodEnd()
    {
        var records = new[]
        {
            new CaseloadRecord("due-today") { FinalIssued = D("2024-04-01") }, // period ends 2025-03-31: not overdue
            new CaseloadRecord("overdue") { FinalIssued = D("2024-02-29") }, // ends 2025-02-28: 31 days overdue
            new CaseloadRecord("reviewed") { FinalIssued = D("2023-01-10"), LastReviewMeeting = D("2024-12-01") },
            new CaseloadRecord("ceased") { FinalIssued = D("2020-01-10"), Ceased = D("2024-01-01") },
        };
        var summary = CaseloadAnalytics.Summarise(records, AsAt);
        var overdue = Assert.Single(summary.OverdueAnnualReviews);
        Assert.Equal(("overdue", D("2025-02-28"), 31), (overdue.CaseId, overdue.ReviewDue, overdue.DaysOverdue));
    }

    [Fact]
    public void Summarise_RequestsYearOnYear_GrowthAndUndefined()
    {
        var records = Enumerable.Range(0, 38).Select(i => new CaseloadRecord("a" + i) { RequestReceived = D("2023-06-01"), FinalIssued = D("2023-09-01") })
            .Concat(Enumerable.Range(0, 45).Select(i => new CaseloadRecord("b" + i) { RequestReceived = D("2024-06-01"), DecisionNotToAssess = D("2024-07-01") }))
            .Append(new CaseloadRecord("c") { RequestReceived = D("2021-02-01"), FinalIssued = D("2021-05-01") })
            .ToArray();
        var summary = CaseloadAnalytics.Summarise(records, AsAt);
        Assert.Equal(18.42m, summary.RequestsByYear.Single(y => y.Year == 2024).GrowthPercent); // 45 vs 38, as the Devon seed's 18.42%
        Assert.Null(summary.RequestsByYear.Single(y => y.Year == 2023).GrowthPercent); // 2022 had none
        Assert.Null(summary.RequestsByYear.Single(y => y.Year == 2021).GrowthPercent);
        Assert.Equal(38, summary.PlansIssuedPerMonth.Single(m => m.Month == new YearMonth(2023, 9)).Count);
        Assert.Equal(new TimelinessFigure(38, 38), summary.Timeliness.Single(t => t.Year == 2023).IncludingExceptions);
    }
}
