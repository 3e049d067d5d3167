using System;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class CaseValidatorTests
{
    [Fact]
    public void Validate_FinalBeforeRequest_NamesCaseAndEvents()
    {
        var ehcCase = new EhcCase("C-7", new[]
        {
            new CaseEvent(CaseEventKind.RequestReceived, D("2025-02-01")) { SourceIndex = 0 },
            new CaseEvent(CaseEventKind.FinalIssued, D("2025-01-01")) { SourceIndex = 1 },
        });
        var problem = Assert.Single(CaseValidator.Validate(ehcCase, "case.json"));
        Assert.Equal("events[1]", problem.Field);
        Assert.Contains("case C-7", problem.Message, StringComparison.Ordinal);
        Assert.Contains("events[0]", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("case.json: SEND-CASE: events[1]: case C-7: final issued on 2025-01-01 is before the request", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReviewBeforePlan_Rejected()
    {
        var ehcCase = new EhcCase("C-8", new[]
        {
            new CaseEvent(CaseEventKind.ReviewMeeting, D("2024-01-05")) { SourceIndex = 0 },
            new CaseEvent(CaseEventKind.FinalIssued, D("2024-02-01")) { SourceIndex = 1 },
        });
        var problem = Assert.Single(CaseValidator.Validate(ehcCase, "case.json"));
        Assert.Contains("before the plan existed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DraftAfterFinal_Rejected_UnlessRestarted()
    {
        var bad = new EhcCase("C-9", new[]
        {
            new CaseEvent(CaseEventKind.RequestReceived, D("2024-01-05")),
            new CaseEvent(CaseEventKind.FinalIssued, D("2024-05-01")),
            new CaseEvent(CaseEventKind.DraftIssued, D("2024-06-01")),
        });
        Assert.Single(CaseValidator.Validate(bad, "x"));
        var ok = new EhcCase("C-9", new[]
        {
            new CaseEvent(CaseEventKind.RequestReceived, D("2024-01-05")),
            new CaseEvent(CaseEventKind.FinalIssued, D("2024-05-01")),
            new CaseEvent(CaseEventKind.TribunalOrder, D("2024-05-20")) { Order = TribunalOrderKind.Amend },
            new CaseEvent(CaseEventKind.DraftIssued, D("2024-06-01")),
        });
        Assert.Empty(CaseValidator.Validate(ok, "x"));
    }

    [Fact]
    public void Validate_AdviceNeverRequested_Rejected()
    {
        var ehcCase = new EhcCase("C-10", new[]
        {
            new CaseEvent(CaseEventKind.RequestReceived, D("2024-01-05")),
            new CaseEvent(CaseEventKind.AdviceReceived, D("2024-02-05")) { Body = "health" },
        });
        Assert.Contains("never requested", Assert.Single(CaseValidator.Validate(ehcCase, "x")).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The validator names event kinds without System.Text.Json (Send.Domain depends on NodaTime alone): its names must
    /// stay exactly the snake_case a case file uses, which Send.Data reads with System.Text.Json's policy.
    /// </summary>
    [Fact]
    public void Snake_EveryEventKind_SameAsTheCaseFileName()
    {
        foreach (var kind in Enum.GetValues<CaseEventKind>())
        {
            Assert.Equal(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()), CaseValidator.Snake(kind));
        }
    }
}
