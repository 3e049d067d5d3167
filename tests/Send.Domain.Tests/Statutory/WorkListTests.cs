using System.Collections.Generic;
using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>
/// The caseworker's work-list as at Monday 2025-03-31. Ten working days from it end on Monday 2025-04-14 (1-4, 7-11
/// and 14 April; Good Friday is 18 April). Dates worked by hand from reg 5(1) (6 weeks = 42 days) and reg 13(2)
/// (20 weeks = 140 days).
/// </summary>
public sealed class WorkListTests
{
    private static readonly CaseloadRecord[] Records =
    {
        new("A") { RequestReceived = D("2025-02-17"), OtherColumns = new Dictionary<string, string> { ["owner"] = "Sam", ["school"] = "Oak" } }, // decision due 2025-03-31
        new("B") { RequestReceived = D("2025-03-03") }, // decision due 2025-04-14
        new("C") { RequestReceived = D("2025-03-10") }, // decision due 2025-04-21: outside the window
        new("D") { RequestReceived = D("2024-10-01"), DecisionToAssess = D("2024-11-01") }, // final plan due 2025-02-18: overdue
    };

    private static WorkList List() => CaseloadAnalytics.WorkList(Records, D("2025-03-31"), DueWindow.WorkingDays(10), "owner", engine: ReferenceWorkingDays.Engine);

    [Fact]
    public void WorkList_OverdueThenDueInWindow_SortedByDate()
    {
        var list = List();
        Assert.Equal(D("2025-04-14"), list.WindowEnd);
        Assert.Equal(
            new[] { "D EHC-FINAL-PLAN", "A EHC-ASSESS-DECISION", "A EHC-ASSESS-REFUSAL-NOTICE", "B EHC-ASSESS-DECISION", "B EHC-ASSESS-REFUSAL-NOTICE" },
            list.Items.Select(i => i.CaseId + " " + i.Deadline.RuleId).ToArray());
        Assert.Empty(list.NotEvaluated);
    }

    [Fact]
    public void WorkList_DaysLeft_WorkingAndCalendar_Labelled()
    {
        var items = List().Items;
        var overdue = items[0];
        Assert.True(overdue.IsOverdue);
        Assert.Equal(-41, overdue.CalendarDaysLeft); // 2025-02-18 to 2025-03-31
        Assert.Equal(-29, overdue.WorkingDaysLeft); // 8 working days left in February after the 18th, 21 in March
        Assert.Equal("41 days overdue (29 working days)", overdue.DaysText);
        Assert.Equal("due today", items[1].DaysText);
        Assert.Equal("10 working days left (14 calendar days)", items[3].DaysText);
    }

    [Fact]
    public void WorkList_CarriesTheCasesOwnColumns()
    {
        var a = List().Items[1];
        Assert.Equal("Sam", a.Owner);
        Assert.Equal("Oak", a.Columns["school"]);
        Assert.Null(List().Items[0].Owner);
    }

    [Theory]
    [InlineData("10wd", 10, PeriodUnit.WorkingDays)]
    [InlineData("4w", 4, PeriodUnit.Weeks)]
    [InlineData("14d", 14, PeriodUnit.Days)]
    [InlineData(" 4W ", 4, PeriodUnit.Weeks)]
    public void DueWindow_Parses(string text, int amount, PeriodUnit unit)
    {
        Assert.True(DueWindow.TryParse(text, out var window));
        Assert.Equal(amount, window.Amount);
        Assert.Equal(unit, window.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("-1w")]
    [InlineData("4 weeks")]
    [InlineData("999w")]
    public void DueWindow_RejectsOtherText(string text) => Assert.False(DueWindow.TryParse(text, out _));

    [Fact]
    public void DueWindow_FourWeeks_Ends28DaysLater() => Assert.Equal(D("2025-04-28"), DueWindow.Weeks(4).End(D("2025-03-31")));
}
