using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Benchmarks.Reporting.TypedStrategicUpdate;

/// <summary>Savings strands against a target, with the forecast delivery.</summary>
public sealed class SavingsPlan
{
    /// <summary>Gets the year's savings target (£m).</summary>
    public required decimal TargetM { get; init; }

    /// <summary>Gets the forecast delivery (£m).</summary>
    public required decimal ForecastM { get; init; }

    /// <summary>Gets the strands and their targets.</summary>
    public required IReadOnlyList<SavingsStrand> Strands { get; init; }

    /// <summary>Gets the sum of the strand targets (£m).</summary>
    public decimal StrandTotalM => Strands.Sum(s => s.TargetM);

    /// <summary>Gets the forecast as a percentage of the target, to one decimal place.</summary>
    public decimal ForecastPercent => TargetM == 0m ? 0m : Math.Round(ForecastM / TargetM * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Gets the target minus the forecast (£m); positive is a shortfall.</summary>
    public decimal ShortfallM => TargetM - ForecastM;

    /// <summary>Gets the target not allocated to a strand (£m): target minus the strand total.</summary>
    public decimal UnallocatedM => TargetM - StrandTotalM;

    internal IEnumerable<DataProblem> Check(string source, string field)
    {
        if (StrandTotalM != TargetM)
        {
            yield return new DataProblem(source, "the strand targets do not add up to the savings target; the difference is shown as unallocated")
            {
                Field = field + ".strands",
                Value = StrandTotalM.ToString("0.0##", CultureInfo.InvariantCulture),
                Expected = TargetM.ToString("0.0##", CultureInfo.InvariantCulture),
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-SAVINGS-TOTAL",
            };
        }
    }
}

/// <summary>One savings strand: its name, target (£m), optional description and RAG status.</summary>
public sealed class SavingsStrand
{
    /// <summary>Gets the strand name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the strand's savings target (£m).</summary>
    public required decimal TargetM { get; init; }

    /// <summary>Gets what the strand does; null if not described.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the strand's delivery status.</summary>
    public RagRating Rag { get; init; }
}
