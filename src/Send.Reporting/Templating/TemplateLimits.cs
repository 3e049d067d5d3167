using System;

namespace Send.Reporting.Templating;

/// <summary>
/// The limits a template runs under, so that a mistaken or hostile template stops with a clear error instead of
/// hanging or exhausting memory.
/// </summary>
/// <remarks>
/// The defaults (<see cref="Default"/>) are generous for a 100-page committee report and small enough to stop an
/// endless loop in well under a second of CPU. Exceeding a limit is a template problem reported at the template's
/// line and column, never an exception a report author sees.
/// </remarks>
public sealed record TemplateLimits
{
    /// <summary>The default limits.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>The most iterations one loop may run; default 100,000.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>The deepest nesting of function calls and includes; default 64.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>The most characters a template may write; default 10,000,000 (about 2,000 pages).</summary>
    public int OutputLimit { get; init; } = 10_000_000;

    /// <summary>The longest time a render may take; default 10 seconds.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
}
