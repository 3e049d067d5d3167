using System;
using System.Collections.Generic;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// The DfE SEN2 measure "% of new EHC plans issued within 20 weeks", by calendar year of issue, including and
/// excluding exceptions (reference section 8).
/// </summary>
/// <remarks>
/// A plan is timely when <c>issued ≤ request + 140 days</c> (or + 139 with <see cref="TimescaleOptions.Day1Reading"/>;
/// the exact DfE boundary is [U]). Plans with an exception leave both numerator and denominator of the excluding figure.
/// </remarks>
public static class Sen2Timeliness
{
    /// <summary>Whether a plan issued on <paramref name="issued"/> for a request received on <paramref name="request"/> is within 20 weeks.</summary>
    /// <param name="request">The request date.</param>
    /// <param name="issued">The issue date.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>True when timely.</returns>
    public static bool IsWithinTwentyWeeks(LocalDate request, LocalDate issued, TimescaleOptions? options = null)
    {
        var limit = request.PlusDays((options ?? TimescaleOptions.Default).Day1Reading ? 139 : 140);
        return issued <= limit;
    }

    /// <summary>Computes the measure for every calendar year in which a plan was issued, in year order.</summary>
    /// <param name="plans">The new plans.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>One row per year of issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null.</exception>
    public static IReadOnlyList<Sen2TimelinessYear> ByCalendarYear(IEnumerable<NewPlanRecord> plans, TimescaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        // Per year of issue: timely, all, timely without exception, all without exception. A dictionary of arrays sorted
        // once by year, rather than a sorted dictionary of tuples, keeps the first call free of generic JIT.
        var years = new Dictionary<int, int[]>();
        foreach (var plan in plans)
        {
            if (!years.TryGetValue(plan.FinalIssued.Year, out var row))
            {
                row = new int[4];
                years.Add(plan.FinalIssued.Year, row);
            }

            var timely = IsWithinTwentyWeeks(plan.RequestReceived, plan.FinalIssued, options) ? 1 : 0;
            row[1]++;
            row[0] += timely;
            if (!plan.ExceptionApplies)
            {
                row[3]++;
                row[2] += timely;
            }
        }

        var keys = new int[years.Count];
        years.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        var result = new Sen2TimelinessYear[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var row = years[keys[i]];
            result[i] = new Sen2TimelinessYear(keys[i], new TimelinessFigure(row[0], row[1]), new TimelinessFigure(row[2], row[3]));
        }

        return result;
    }
}
