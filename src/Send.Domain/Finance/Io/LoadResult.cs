using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Finance.Io;

/// <summary>
/// What a finance loader found in a file: the value when it could be built, and every problem (errors and warnings),
/// each naming the file, field and, where known, line.
/// </summary>
/// <typeparam name="T">The loaded type.</typeparam>
/// <remarks>Immutable. <see cref="Value"/> is null whenever <see cref="HasErrors"/> is true.</remarks>
public sealed class LoadResult<T>
    where T : class
{
    internal LoadResult(T? value, IReadOnlyList<DataProblem> problems)
    {
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
