using System;

namespace Send.Cli.Infrastructure;

/// <summary>
/// The garbage collector's setting for a <c>send</c> process: no collection until the process has allocated
/// <see cref="Allowance"/>, then collections as usual.
/// </summary>
/// <remarks>
/// A <c>send</c> command is a short process. A render of the scrutiny paper allocates about 22 MB, and the collector's
/// first budget ran out part-way through, in a full, compacting collection of everything then alive (the two caseloads
/// read) that took about a tenth of the native render's time (measured with <c>perf</c>; see benchmarks/README.md,
/// "Native AOT send against pandoc"). A no-GC region (<see cref="GC.TryStartNoGCRegion(long)"/>) does one collection
/// of the empty heap at start-up and none after, unless the allowance runs out: then the region ends by itself and the
/// process collects as any other, so peak memory grows by at most the allowance. Measured: the scrutiny render's peak
/// went from 77 MB to 81 MB; a render over a 1,000,000-row caseload (20 MB of CSV) from 583 MB to 663 MB, and 10%
/// faster. Only the <c>send</c> process does this; the library and its tests never do.
/// </remarks>
internal static class ShortProcessCollector
{
    /// <summary>The allocation before the first collection: 256 MB.</summary>
    internal const long Allowance = 256L * 1024 * 1024;

    /// <summary>Starts the no-collection allowance; a runtime that cannot give it (a small container limit) collects as usual.</summary>
    internal static void Start()
    {
        try
        {
            GC.TryStartNoGCRegion(Allowance);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's ephemeral space or memory limit allows: collect as usual.
        }
        catch (InvalidOperationException)
        {
            // Already in a no-GC region.
        }
    }
}
