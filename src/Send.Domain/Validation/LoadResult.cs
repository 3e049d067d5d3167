using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Domain.Validation;

/// <summary>
/// What a loader found in a file: the value when it could be built, and every problem (errors and warnings), each
/// naming the file, field and, where known, line. Send.Data's finance readers return one; a reader of your own can too.
/// </summary>
/// <typeparam name="T">The loaded type.</typeparam>
/// <remarks>Immutable. <see cref="Value"/> is null whenever <see cref="HasErrors"/> is true.</remarks>
public sealed class LoadResult<T>
    where T : class
{
    /// <summary>Creates a result from what a loader built and found.</summary>
    /// <param name="value">The value built, or null when none could be.</param>
    /// <param name="problems">Every problem found; when any is an error, <see cref="Value"/> is null whatever <paramref name="value"/> is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public LoadResult(T? value, IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
        Value = problems.Any(p => p.Severity == DataProblemSeverity.Error) ? null : value;
    }

    /// <summary>The value, or null when the file had errors.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, errors first in document order, then warnings.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == DataProblemSeverity.Error);

    /// <summary>Warnings only.</summary>
    public IEnumerable<DataProblem> Warnings => Problems.Where(p => p.Severity == DataProblemSeverity.Warning);

    /// <summary>The value, or a <see cref="DataException"/> carrying the problems.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DataException">The file had errors.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new DataException(Problems.Where(p => p.Severity == DataProblemSeverity.Error).DefaultIfEmpty(new DataProblem("(unknown)", "no value was loaded")));
}
