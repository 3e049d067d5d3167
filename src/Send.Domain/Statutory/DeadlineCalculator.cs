using System;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// Bulk, allocation-free date arithmetic for whole caseloads: the assessment deadlines of many requests and the
/// review-period ends of many plans. Same rules as <see cref="DeadlineEngine"/>, without explanations or flags.
/// </summary>
/// <remarks>Spans in, spans out: nothing is allocated per item. Lengths must match; a mismatch throws <see cref="ArgumentException"/>.</remarks>
public static class DeadlineCalculator
{
    /// <summary>Computes the assessment deadlines (6, 16 and 20 weeks, and the latest draft date) of each request.</summary>
    /// <param name="requests">Request-received dates.</param>
    /// <param name="output">Where to write the results; same length as <paramref name="requests"/>.</param>
    /// <param name="day1Reading">CNT-DAY1-VARIANT: one day earlier (default false).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void ComputeAssessmentDeadlines(ReadOnlySpan<LocalDate> requests, Span<AssessmentDeadlines> output, bool day1Reading = false)
    {
        if (requests.Length != output.Length)
        {
            throw new ArgumentException($"The output has {output.Length} items for {requests.Length} requests.", nameof(output));
        }

        var shift = day1Reading ? -1 : 0;
        for (var i = 0; i < requests.Length; i++)
        {
            var request = requests[i];
            var final = request.PlusDays(140 + shift);
            output[i] = new AssessmentDeadlines(request.PlusDays(42 + shift), request.PlusDays(112 + shift), final.PlusDays(-15), final);
        }
    }

    /// <summary>Computes the last day of the 12-month review period beginning with each plan date or last review (EHC-AR-FIRST / EHC-AR-NEXT).</summary>
    /// <param name="anchors">Plan dates or last review dates.</param>
    /// <param name="output">Where to write the period ends; same length as <paramref name="anchors"/>.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void ComputeReviewDeadlines(ReadOnlySpan<LocalDate> anchors, Span<LocalDate> output)
    {
        if (anchors.Length != output.Length)
        {
            throw new ArgumentException($"The output has {output.Length} items for {anchors.Length} anchors.", nameof(output));
        }

        for (var i = 0; i < anchors.Length; i++)
        {
            output[i] = CaseloadAnalytics.ReviewPeriodEnd(anchors[i]);
        }
    }
}
