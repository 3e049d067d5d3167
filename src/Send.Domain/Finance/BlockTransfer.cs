using System;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A movement of DSG between blocks in one financial year, usually from the Schools Block to High Needs, with the
/// 0.5% rule applied (DSG reference, section 3).
/// </summary>
/// <remarks>
/// <para>
/// An LA may move up to 0.5% of its Schools Block with the Schools Forum's agreement. More than 0.5%, or any amount
/// the Forum has not approved, needs a disapplication request to the Secretary of State:
/// <see cref="RequiresDisapplication"/> is true when <c>Percentage &gt; 0.005</c> or the Forum has not approved.
/// Example: a £300m Schools Block, 0.5% is £1.5m (Forum can approve); 1% is £3m (needs disapplication).
/// </para>
/// <para>
/// Which Schools Block figure the percentage is taken of changes with each year's operational guide [R]; the caller
/// supplies it. Immutable.
/// </para>
/// </remarks>
public sealed class BlockTransfer
{
    /// <summary>The largest share of the Schools Block the Schools Forum may approve: 0.5%.</summary>
    public const decimal SchoolsForumLimit = 0.005m;

    private BlockTransfer(FinancialYear year, FundingBlock from, FundingBlock to, Money schoolsBlock, decimal percentage, bool forumApproved)
    {
        if (from == to)
        {
            throw new ArgumentException("A transfer must be between two different blocks.", nameof(to));
        }

        if (!Enum.IsDefined(from) || !Enum.IsDefined(to))
        {
            throw new ArgumentException("Unknown funding block.", nameof(from));
        }

        if (percentage < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(percentage), percentage, "A transfer percentage cannot be negative; swap the blocks instead.");
        }

        if (schoolsBlock <= Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(schoolsBlock), schoolsBlock, "The Schools Block allocation must be positive.");
        }

        Year = year;
        From = from;
        To = to;
        SchoolsBlock = schoolsBlock;
        Percentage = percentage;
        ForumApproved = forumApproved;
    }

    /// <summary>The financial year of the transfer.</summary>
    public FinancialYear Year { get; }

    /// <summary>The block the money leaves.</summary>
    public FundingBlock From { get; }

    /// <summary>The block the money goes to.</summary>
    public FundingBlock To { get; }

    /// <summary>The Schools Block allocation the percentage is taken of.</summary>
    public Money SchoolsBlock { get; }

    /// <summary>The transfer as a fraction of the Schools Block (0.005 is 0.5%).</summary>
    public decimal Percentage { get; }

    /// <summary>Whether the Schools Forum approved the transfer.</summary>
    public bool ForumApproved { get; }

    /// <summary>The amount: <c>Percentage × SchoolsBlock</c>, unrounded.</summary>
    public Money Amount => SchoolsBlock * Percentage;

    /// <summary>Whether the transfer needs a disapplication request: over 0.5%, or not approved by the Forum.</summary>
    public bool RequiresDisapplication => Percentage > SchoolsForumLimit || !ForumApproved;

    /// <summary>Who must approve it.</summary>
    public TransferApprovalRoute ApprovalRoute =>
        RequiresDisapplication ? TransferApprovalRoute.SecretaryOfStateDisapplication : TransferApprovalRoute.SchoolsForum;

    /// <summary>A transfer given as a share of the Schools Block.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="from">The source block.</param>
    /// <param name="to">The target block.</param>
    /// <param name="schoolsBlock">The Schools Block allocation; positive.</param>
    /// <param name="percentage">The share as a fraction (0.005 is 0.5%); not negative.</param>
    /// <param name="forumApproved">Whether the Schools Forum approved it.</param>
    /// <returns>The transfer.</returns>
    /// <exception cref="ArgumentException">The blocks are the same or undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative or the Schools Block is not positive.</exception>
    public static BlockTransfer OfPercentage(FinancialYear year, FundingBlock from, FundingBlock to, Money schoolsBlock, decimal percentage, bool forumApproved) =>
        new(year, from, to, schoolsBlock, percentage, forumApproved);

    /// <summary>A transfer given as an amount; the percentage is worked out from the Schools Block.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="from">The source block.</param>
    /// <param name="to">The target block.</param>
    /// <param name="schoolsBlock">The Schools Block allocation; positive.</param>
    /// <param name="amount">The amount moved; not negative.</param>
    /// <param name="forumApproved">Whether the Schools Forum approved it.</param>
    /// <returns>The transfer.</returns>
    /// <exception cref="ArgumentException">The blocks are the same or undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or the Schools Block is not positive.</exception>
    public static BlockTransfer OfAmount(FinancialYear year, FundingBlock from, FundingBlock to, Money schoolsBlock, Money amount, bool forumApproved)
    {
        if (schoolsBlock <= Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(schoolsBlock), schoolsBlock, "The Schools Block allocation must be positive.");
        }

        return new(year, from, to, schoolsBlock, amount / schoolsBlock, forumApproved);
    }
}
