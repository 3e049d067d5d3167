using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// The DfE's Dedicated Schools Grant settlement for one local authority and financial year, split by
/// <see cref="FundingBlock"/>, before or after academy recoupment (DSG reference, section 2).
/// </summary>
/// <remarks>
/// Immutable. A block not given counts as <see cref="Money.Zero"/>. This is one version of the allocation: the DfE
/// updates it in-year, so keep one instance per published version. It is not the council's budget.
/// </remarks>
public sealed class DsgAllocation
{
    private readonly IReadOnlyDictionary<FundingBlock, Money> blocks;

    /// <summary>Creates an allocation.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="blocks">The amount per block.</param>
    /// <param name="isNetOfRecoupment">Whether the figures are net of academy recoupment and directly funded places.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is null.</exception>
    /// <exception cref="ArgumentException">A block is not a defined value.</exception>
    public DsgAllocation(FinancialYear year, IReadOnlyDictionary<FundingBlock, Money> blocks, bool isNetOfRecoupment = false)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Keys.Any(b => !Enum.IsDefined(b)))
        {
            throw new ArgumentException("Unknown funding block.", nameof(blocks));
        }

        Year = year;
        IsNetOfRecoupment = isNetOfRecoupment;
        this.blocks = Enum.GetValues<FundingBlock>().ToDictionary(b => b, b => blocks.TryGetValue(b, out var m) ? m : Money.Zero);
    }

    /// <summary>The financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Whether the figures are net of academy recoupment and directly funded places.</summary>
    public bool IsNetOfRecoupment { get; }

    /// <summary>The total over all four blocks.</summary>
    public Money Total => Money.Sum(blocks.Values);

    /// <summary>The amount for each block, in enum order; every block is present.</summary>
    public IReadOnlyDictionary<FundingBlock, Money> Blocks => blocks;

    /// <summary>The amount for one block.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The amount, zero if none was given.</returns>
    public Money this[FundingBlock block] => blocks.TryGetValue(block, out var m) ? m : Money.Zero;
}
