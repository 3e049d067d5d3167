using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class AssessmentTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    [Fact]
    [Trait("rule", "EHC-FINAL-PLAN")]
    [Trait("rule", "CNT-DAY0")]
    public void Assessment_Request20250113_FinalDue20250602()
    {
        var final = Engine.Assessment(D("2025-01-13")).Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Equal(D("2025-06-02"), final.Due);
        Assert.Contains("2025-01-13 + 20 weeks (140 days) = 2025-06-02", final.Arithmetic, System.StringComparison.Ordinal);
        Assert.Equal(DeadlineFlags.None, final.Flags);
        Assert.Contains("SEND Regulations 2014, reg 13(2)", final.Explain(), System.StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "EHC-ASSESS-DECISION")]
    [Trait("rule", "EHC-NO-PLAN-DECISION")]
    [Trait("rule", "EHC-DRAFT-LATEST")]
    [Trait("rule", "CNT-NOROLL")]
    public void Assessment_Request20250113_AllDatesAndNoRollOnBankHoliday()
    {
        var all = Engine.Assessment(D("2025-01-13")).ToDictionary(d => d.RuleId);
        Assert.Equal(D("2025-02-24"), all["EHC-ASSESS-DECISION"].Due);
        Assert.Equal(D("2025-02-24"), all["EHC-ASSESS-REFUSAL-NOTICE"].Due);
        var noPlan = all["EHC-NO-PLAN-DECISION"];
        Assert.Equal(D("2025-05-05"), noPlan.Due); // Early May bank holiday: flagged, not moved.
        Assert.True(noPlan.FallsOnNonWorkingDay);
        Assert.Equal(D("2025-05-18"), all["EHC-DRAFT-LATEST"].Due);
        Assert.True((all["EHC-DRAFT-LATEST"].Flags & DeadlineFlags.Planning) != 0);
    }

    [Fact]
    [Trait("rule", "CNT-DAY1-VARIANT")]
    public void Assessment_Day1Reading_OneDayEarlier()
    {
        var options = TimescaleOptions.Default with { Day1Reading = true };
        var all = Engine.Assessment(D("2025-01-13"), options).ToDictionary(d => d.RuleId);
        Assert.Equal(D("2025-06-01"), all["EHC-FINAL-PLAN"].Due); // receipt + 139 days
        Assert.True((all["EHC-FINAL-PLAN"].Flags & DeadlineFlags.Day1Reading) != 0);
        Assert.True(all["EHC-FINAL-PLAN"].FallsOnNonWorkingDay); // Sunday
        Assert.Equal(D("2025-02-23"), all["EHC-ASSESS-DECISION"].Due);
    }

    [Fact]
    [Trait("rule", "CNT-INPUT")]
    public void Compute_TakesTriggerAsGiven_NoDeemedReceipt()
    {
        // A Saturday receipt date is used as given (deemed-receipt rules are guidance only).
        var final = Engine.Compute("EHC-FINAL-PLAN", D("2025-01-11"));
        Assert.Equal(D("2025-05-31"), final.Due);
    }
}
