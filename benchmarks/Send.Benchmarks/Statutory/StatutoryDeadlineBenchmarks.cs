using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Send.Domain.Statutory;

namespace Send.Benchmarks.Statutory;

/// <summary>
/// All assessment and review deadlines for a synthetic caseload of 640,000 plans (England's EHCP count, January 2025).
/// Target: under 100 ms single-threaded, no allocation per plan (the arrays are allocated once in setup).
/// </summary>
[MemoryDiagnoser]
public class StatutoryDeadlineBenchmarks
{
    private const int Plans = 640_000;
    private LocalDate[] requests = Array.Empty<LocalDate>();
    private LocalDate[] reviewAnchors = Array.Empty<LocalDate>();
    private AssessmentDeadlines[] assessment = Array.Empty<AssessmentDeadlines>();
    private LocalDate[] reviews = Array.Empty<LocalDate>();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250113);
        var start = new LocalDate(2015, 1, 1);
        requests = new LocalDate[Plans];
        reviewAnchors = new LocalDate[Plans];
        for (var i = 0; i < Plans; i++)
        {
            requests[i] = start.PlusDays(random.Next(0, 3650));
            reviewAnchors[i] = requests[i].PlusDays(random.Next(100, 900));
        }

        assessment = new AssessmentDeadlines[Plans];
        reviews = new LocalDate[Plans];
    }

    [Benchmark(Description = "640k plans: assessment (6/16/20 weeks, latest draft) + review period end")]
    public LocalDate AssessmentAndReviewDeadlines()
    {
        DeadlineCalculator.ComputeAssessmentDeadlines(requests, assessment);
        DeadlineCalculator.ComputeReviewDeadlines(reviewAnchors, reviews);
        return reviews[Plans - 1];
    }

    [Benchmark(Description = "640k plans: assessment deadlines only")]
    public LocalDate AssessmentDeadlinesOnly()
    {
        DeadlineCalculator.ComputeAssessmentDeadlines(requests, assessment);
        return assessment[Plans - 1].FinalPlan;
    }

    [Benchmark(Description = "640k plans: review period ends only")]
    public LocalDate ReviewDeadlinesOnly()
    {
        DeadlineCalculator.ComputeReviewDeadlines(reviewAnchors, reviews);
        return reviews[Plans - 1];
    }
}
