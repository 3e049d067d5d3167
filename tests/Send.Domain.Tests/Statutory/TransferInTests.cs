using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>
/// Issue #16 defect 3. SEND Regulations 2014, reg 15(3),(5): a plan transferred in is reviewed by the later of the end
/// of the 12-month period beginning with the plan date or last review, and the end of the 3 months beginning with the
/// transfer. Plan made 2024-03-01 by the old council: 12 months end 2025-02-28. Transfer 2025-01-20: 3 months end
/// 2025-04-19. The transfer rule replaces the ordinary first review.
/// </summary>
public sealed class TransferInTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    private static EhcCase Case(params CaseEvent[] more) => new(
        "T-1",
        new[] { new CaseEvent(CaseEventKind.TransferIn, D("2025-01-20")) { RelatedDate = D("2024-03-01") }, new CaseEvent(CaseEventKind.TransferNotice, D("2025-02-10")) }.Concat(more));

    [Fact]
    [Trait("rule", "EHC-XFER-REVIEW")]
    public void TransferIn_BeforeTheTransferReviewDate_NothingOverdue()
    {
        var timeline = Engine.Evaluate(Case(), D("2025-03-10"));
        Assert.DoesNotContain(timeline.Deadlines, d => d.RuleId == StatutoryRuleIds.EhcArFirst);
        Assert.Empty(timeline.Overdue);
        var review = timeline.Deadlines.Single(d => d.RuleId == StatutoryRuleIds.EhcXferReview);
        Assert.Equal(D("2025-04-19"), review.Due);
        Assert.Equal(DeadlineStatus.Pending, review.Status);
        Assert.DoesNotContain(timeline.Deadlines, d => d.Explain().Contains("final plan issued, ", System.StringComparison.Ordinal));
    }

    [Fact]
    [Trait("rule", "EHC-XFER-REVIEW")]
    public void TransferIn_ReviewHeld_NextReviewRunsFromTheMeeting()
    {
        var timeline = Engine.Evaluate(Case(new CaseEvent(CaseEventKind.ReviewMeeting, D("2025-04-01"))), D("2025-06-01"));
        Assert.Equal(DeadlineStatus.MetOnTime, timeline.Deadlines.Single(d => d.RuleId == StatutoryRuleIds.EhcXferReview).Status);
        Assert.DoesNotContain(timeline.Deadlines, d => d.RuleId == StatutoryRuleIds.EhcArFirst);
        var next = timeline.Deadlines.Single(d => d.RuleId == StatutoryRuleIds.EhcArNext);
        Assert.Equal(D("2026-03-31"), next.Due); // 12 months beginning with 2025-04-01
    }
}
