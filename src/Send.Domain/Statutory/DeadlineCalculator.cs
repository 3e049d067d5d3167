using System;
using System.Buffers;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// Bulk, allocation-free date arithmetic for whole caseloads: the assessment deadlines of many requests and the
/// review-period ends of many plans. Same rules as <see cref="DeadlineEngine"/>, without explanations or flags.
/// </summary>
/// <remarks>
/// <para>Spans in, spans out: nothing is allocated per item. Lengths must match; a mismatch throws <see cref="ArgumentException"/>.</para>
/// <para>
/// A caseload has far fewer distinct dates than plans (640,000 plans over ten years share about 3,650 request
/// dates), so each call keeps a small direct-mapped cache of results per date, rented from
/// <see cref="ArrayPool{T}.Shared"/> and returned before the call ends. Results equal <see cref="DeadlineEngine"/>'s
/// (an FsCheck property checks it).
/// </para>
/// </remarks>
public static class DeadlineCalculator
{
    private const int CacheSize = 4096;

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
        var keys = ArrayPool<int>.Shared.Rent(CacheSize);
        var values = ArrayPool<AssessmentDeadlines>.Shared.Rent(CacheSize);
        try
        {
            Array.Fill(keys, -1, 0, CacheSize);
            for (var i = 0; i < requests.Length; i++)
            {
                var request = requests[i];
                var key = Key(request);
                var slot = key & (CacheSize - 1);
                if (keys[slot] != key)
                {
                    var final = request.PlusDays(140 + shift);
                    values[slot] = new AssessmentDeadlines(request.PlusDays(42 + shift), request.PlusDays(112 + shift), final.PlusDays(-15), final);
                    keys[slot] = key;
                }

                output[i] = values[slot];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keys);
            ArrayPool<AssessmentDeadlines>.Shared.Return(values);
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

        var keys = ArrayPool<int>.Shared.Rent(CacheSize);
        var values = ArrayPool<LocalDate>.Shared.Rent(CacheSize);
        try
        {
            Array.Fill(keys, -1, 0, CacheSize);
            for (var i = 0; i < anchors.Length; i++)
            {
                var anchor = anchors[i];
                var key = Key(anchor);
                var slot = key & (CacheSize - 1);
                if (keys[slot] != key)
                {
                    values[slot] = CaseloadAnalytics.ReviewPeriodEnd(anchor);
                    keys[slot] = key;
                }

                output[i] = values[slot];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keys);
            ArrayPool<LocalDate>.Shared.Return(values);
        }
    }

    /// <summary>A unique key per date: year, month and day packed into one int (never -1).</summary>
    private static int Key(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;
}
