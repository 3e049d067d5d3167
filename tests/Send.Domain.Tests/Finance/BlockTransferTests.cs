using FsCheck.Xunit;
using Send.Domain.Finance;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class BlockTransferTests
{
    [Fact]
    public void OfPercentage_HalfPercentOf300m_ForumCanApprove()
    {
        // DSG reference 12.3: £300m × 0.5% = £1.5m; the Forum can approve.
        var transfer = BlockTransfer.OfPercentage(Fy("2025/26"), FundingBlock.Schools, FundingBlock.HighNeeds, M(300m), 0.005m, forumApproved: true);
        Assert.Equal(M(1.5m), transfer.Amount);
        Assert.False(transfer.RequiresDisapplication);
        Assert.Equal(TransferApprovalRoute.SchoolsForum, transfer.ApprovalRoute);
    }

    [Fact]
    public void OfPercentage_OnePercentOf300m_NeedsDisapplication()
    {
        var transfer = BlockTransfer.OfPercentage(Fy("2025/26"), FundingBlock.Schools, FundingBlock.HighNeeds, M(300m), 0.01m, forumApproved: true);
        Assert.Equal(M(3m), transfer.Amount);
        Assert.True(transfer.RequiresDisapplication);
        Assert.Equal(TransferApprovalRoute.SecretaryOfStateDisapplication, transfer.ApprovalRoute);
    }

    [Fact]
    public void OfAmount_ForumRefused_NeedsDisapplication()
    {
        var transfer = BlockTransfer.OfAmount(Fy("2025/26"), FundingBlock.Schools, FundingBlock.HighNeeds, M(300m), M(0.72m), forumApproved: false);
        Assert.Equal(0.0024m, transfer.Percentage);
        Assert.True(transfer.RequiresDisapplication);
    }

    [Fact]
    public void OfPercentage_SameBlock_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => BlockTransfer.OfPercentage(Fy("2025/26"), FundingBlock.HighNeeds, FundingBlock.HighNeeds, M(300m), 0.001m, true));
    }

    [Property]
    public bool RequiresDisapplication_OverHalfPercent_Always(uint basisPoints, uint blockThousands, bool approved)
    {
        var pct = 0.005m + ((basisPoints % 100_000) + 1) / 10_000_000m;
        var transfer = BlockTransfer.OfPercentage(Fy("2024/25"), FundingBlock.Schools, FundingBlock.HighNeeds, Money.FromPounds(((blockThousands % 1_000_000) + 1) * 1000m), pct, approved);
        return transfer.RequiresDisapplication && transfer.ApprovalRoute == TransferApprovalRoute.SecretaryOfStateDisapplication;
    }

    [Property]
    public bool RequiresDisapplication_AtMostHalfPercentApproved_Never(uint tenthsOfBasisPoint)
    {
        var pct = (tenthsOfBasisPoint % 501) / 100_000m;
        var transfer = BlockTransfer.OfPercentage(Fy("2024/25"), FundingBlock.Schools, FundingBlock.HighNeeds, M(300m), pct, true);
        return !transfer.RequiresDisapplication;
    }
}
