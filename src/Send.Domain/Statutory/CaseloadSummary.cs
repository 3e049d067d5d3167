using System.Collections.Generic;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// Caseload analytics as at a date: overdue annual reviews, open assessments by age, plans issued per month, requests
/// year on year, and the SEN2 20-week timeliness. Built by <see cref="CaseloadAnalytics.Summarise"/>; immutable.
/// </summary>
/// <param name="AsAt">The as-at date; steps dated after it are ignored.</param>
/// <param name="CaseCount">How many cases were read.</param>
/// <param name="OverdueAnnualReviews">Plans whose review is overdue, oldest first (KPI <c>ehcp-annual-reviews-overdue-count</c> is its count).</param>
/// <param name="OpenAssessments">Open assessments by completed weeks since request (bands 0-6, 6-16, 16-20, 20-30, 30-52, 52+).</param>
/// <param name="PlansIssuedPerMonth">Final plans issued per month, in month order.</param>
/// <param name="RequestsByYear">Requests by calendar year with growth (KPI <c>ehcna-requests-yoy-growth-pct</c>).</param>
/// <param name="Timeliness">SEN2 20-week timeliness by year of issue (KPIs <c>ehcp-issued-20wk-*</c>).</param>
public sealed record CaseloadSummary(
    LocalDate AsAt,
    int CaseCount,
    IReadOnlyList<OverdueReview> OverdueAnnualReviews,
    IReadOnlyList<AssessmentAgeBand> OpenAssessments,
    IReadOnlyList<MonthlyCount> PlansIssuedPerMonth,
    IReadOnlyList<YearOnYear> RequestsByYear,
    IReadOnlyList<Sen2TimelinessYear> Timeliness);
