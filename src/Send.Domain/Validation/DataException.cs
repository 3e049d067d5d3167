using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Domain.Validation;

/// <summary>
/// Thrown by convenience loaders (the <c>Load</c>/<c>Parse</c> methods that return a value directly) when data a
/// person supplied has one or more errors. The <see cref="Problems"/> list says exactly what and where.
/// </summary>
/// <remarks>
/// Prefer the <c>TryLoad</c>-style methods that return problems as values when you want to show every problem to a
/// user. This exception exists so that a caller who expects good data does not silently carry on with bad data.
/// </remarks>
public sealed class DataException : Exception
{
    /// <summary>Creates an exception for the given problems.</summary>
    /// <param name="problems">The problems; must contain at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataException(IEnumerable<DataProblem> problems)
        : this(problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems)))
    {
    }

    private DataException(DataProblem[] problems)
        : base(problems.Length == 0
            ? throw new ArgumentException("At least one problem is required.", nameof(problems))
            : string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    /// <summary>The problems found, in the order they were found; never empty.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }
}
