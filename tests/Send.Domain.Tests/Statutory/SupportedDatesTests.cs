using System;
using System.Linq;
using Send.Data.Statutory;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>Issue #16 defect 4: one range of input dates, one message naming the input; projected bank holidays beyond the known list.</summary>
public sealed class SupportedDatesTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.EnglandAndWales;

    [Fact]
    public void LateRequestIn2040_ComputesInto2041_FlaggedProjected()
    {
        // 2040-11-01 + 140 days = 2041-03-21; 2041 is beyond the known list (2010 to 2040).
        var final = Engine.Assessment(D("2040-11-01")).Single(d => d.RuleId == StatutoryRuleIds.EhcFinalPlan);
        Assert.Equal(D("2041-03-21"), final.Due);
        Assert.True(final.Flags.HasFlag(DeadlineFlags.ProjectedBankHolidays));
        Assert.Contains("one-off holidays may be missing", final.Explain(), StringComparison.Ordinal);
        var decision = Engine.Assessment(D("2040-11-01")).Single(d => d.RuleId == StatutoryRuleIds.EhcAssessDecision);
        Assert.False(decision.Flags.HasFlag(DeadlineFlags.ProjectedBankHolidays)); // 2040-12-13: known year
    }

    [Theory]
    [InlineData("2041-08-26")] // Summer bank holiday: last Monday of August (31 Aug 2041 is a Saturday)
    [InlineData("2041-05-06")] // Early May: first Monday of May (1 May 2041 is a Wednesday)
    [InlineData("2041-12-26")] // Boxing Day, a Thursday
    public void ProjectedYear_BankHolidaysByTheActsRules_AreNotWorkingDays(string holiday)
    {
        Assert.False(Engine.IsWorkingDay(D(holiday)));
        Assert.True(Engine.IsWorkingDay(D(holiday).PlusDays(-7))); // the same weekday a week earlier is an ordinary working day
    }

    [Fact]
    public void InputOutsideTheRange_ThrowsNamingTheInput()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Compute(StatutoryRuleIds.EhcFinalPlan, D("2100-01-04")));
        Assert.Contains("2100-01-04", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(SupportedDates.Expected, thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2101", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastSupportedDay_ComputesWithoutThrowing()
    {
        var final = Engine.Compute(StatutoryRuleIds.EhcFinalPlan, SupportedDates.Last);
        Assert.Equal(SupportedDates.Last.PlusDays(140), final.Due);
    }

    [Theory]
    [InlineData("2005-06-01")]
    [InlineData("1960-02-29")]
    public void CaseFile_DateOfBirthBeforeTheRange_Accepted(string born)
    {
        var json = $$"""{ "id": "Y-1", "date_of_birth": "{{born}}", "events": [ { "kind": "request_received", "date": "2025-01-13" } ] }""";
        var ehcCase = CaseFile.TryParse(json, "y.json", out var problems);
        Assert.Empty(problems);
        Assert.Equal(D(born), ehcCase!.DateOfBirth);
    }

    [Fact]
    public void CaseFile_EventOutsideTheRange_OneMessageNamingTheInput()
    {
        const string json = """{ "id": "Y-2", "events": [ { "kind": "request_received", "date": "2100-01-04" } ] }""";
        CaseFile.TryParse(json, "y.json", out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal("2100-01-04", problem.Value);
        Assert.Equal(SupportedDates.Expected, problem.Expected);
    }
}
