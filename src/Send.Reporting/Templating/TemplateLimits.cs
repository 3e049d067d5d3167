using System;

namespace Send.Reporting.Templating;

/// <summary>
/// The limits a template runs under, so that a mistaken or hostile template stops with a clear error instead of
/// hanging or exhausting memory.
/// </summary>
/// <remarks>
/// The defaults (<see cref="Default"/>) are generous for a 100-page committee report and small enough to stop an
/// endless loop in well under a second of CPU. Exceeding a limit is a template problem reported at the template's
/// line and column (or, for the rendered Markdown, at its line), never an exception a report author sees.
/// docs/security.md lists every limit with its default.
/// </remarks>
public sealed record TemplateLimits
{
    /// <summary>The default limits.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>The most iterations one loop may run; default 100,000.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>The deepest nesting of function calls and includes; default 64.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>
    /// The most characters a template may write; default 2,000,000 (about 1,000 pages: the shipped reports write about
    /// 2,000 characters a page). It also bounds the memory the Markdown and Word stages need: a 2,000,000-character
    /// table stays well under 1 GB, where 10,000,000 characters came close to it.
    /// </summary>
    public int OutputLimit { get; init; } = 2_000_000;

    /// <summary>
    /// The longest time a whole render may take, template, Markdown and Word together; default 10 seconds. One
    /// deadline covers all three stages and stopping at it is one problem naming the stage.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most memory the template may allocate while it runs, in bytes; default 512 MB (a 100-page report allocates
    /// a small fraction of that). Counted as allocated, not as still in use, so a template cannot grow a value by
    /// doubling it until the machine runs out of memory.
    /// </summary>
    public long AllocationLimit { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The deepest nesting the rendered Markdown may have: lists and block quotes inside each other, and emphasis,
    /// links and other inline markup inside each other; default 32. Deeper Markdown is a problem at its line, not a
    /// stack overflow.
    /// </summary>
    public int NestingLimit { get; init; } = 32;
}
