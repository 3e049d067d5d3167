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
    private readonly Func<DataProblem, DataProblem>? locate;

    /// <summary>Creates a result from what a loader built and found.</summary>
    /// <param name="value">The value built, or null when none could be.</param>
    /// <param name="problems">Every problem found; when any is an error, <see cref="Value"/> is null whatever <paramref name="value"/> is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public LoadResult(T? value, IReadOnlyList<DataProblem> problems)
        : this(value, problems, null)
    {
    }

    /// <summary>
    /// Creates a result from what a loader built and found, with the way <see cref="Locate"/> puts later problems about
    /// the value where the loader found it (a workbook reader's cell for a field path).
    /// </summary>
    /// <param name="value">The value built, or null when none could be.</param>
    /// <param name="problems">Every problem found; when any is an error, <see cref="Value"/> is null whatever <paramref name="value"/> is.</param>
    /// <param name="locate">Re-locates a problem about the value; null to return problems as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public LoadResult(T? value, IReadOnlyList<DataProblem> problems, Func<DataProblem, DataProblem>? locate)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
        Value = problems.Any(p => p.Severity == DataProblemSeverity.Error) ? null : value;
        this.locate = locate;
    }

    /// <summary>The value, or null when the file had errors.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, errors first in document order, then warnings.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == DataProblemSeverity.Error);

    /// <summary>Warnings only.</summary>
    public IEnumerable<DataProblem> Warnings => Problems.Where(p => p.Severity == DataProblemSeverity.Warning);

    /// <summary>
    /// Puts problems found later about the loaded value (a reconciliation's, naming <c>years[3].carried_forward</c>)
    /// where the loader would have put them: for a table read from a workbook, on the cell (<c>book.xlsx(DSG!F9)</c>).
    /// Problems about anything else, and every problem of a value read from JSON, are returned as they are.
    /// </summary>
    /// <param name="problems">The problems.</param>
    /// <returns>The problems, located.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public IReadOnlyList<DataProblem> Locate(IEnumerable<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return locate is null ? problems.ToArray() : problems.Select(locate).ToArray();
    }

    /// <summary>The value, or a <see cref="DataException"/> carrying the problems.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DataException">The file had errors.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new DataException(Problems.Where(p => p.Severity == DataProblemSeverity.Error).DefaultIfEmpty(new DataProblem("(unknown)", "no value was loaded")));
}
