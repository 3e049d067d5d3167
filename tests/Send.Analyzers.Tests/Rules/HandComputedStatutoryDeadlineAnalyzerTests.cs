using System.Threading.Tasks;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.HandComputedStatutoryDeadlineAnalyzer>;

namespace Send.Analyzers.Tests.Rules;

public sealed class HandComputedStatutoryDeadlineAnalyzerTests
{
    [Theory]
    [InlineData("request.PlusWeeks(6)")]
    [InlineData("request.PlusWeeks(16)")]
    [InlineData("request.PlusWeeks(20)")]
    [InlineData("request.PlusDays(140)")]
    [InlineData("request.PlusDays(42)")]
    [InlineData("request.PlusMonths(12)")]
    [InlineData("request.PlusYears(1)")]
    public Task Analyze_StatutoryPeriodPassedToSendDomain_Flags(string arithmetic) => Verify.AnalyzeAsync($$"""
        using NodaTime;
        using Send.Domain.Statutory;
        class Intake
        {
            EhcpCase Open(LocalDate request) => new EhcpCase(request, {|SEND1002:{{arithmetic}}|});
        }
        """);

    [Fact]
    public Task Analyze_StatutoryPeriodInMethodUsingStatutoryTypes_Flags() => Verify.AnalyzeAsync("""
        using NodaTime;
        using Send.Domain.Statutory;
        class Checker
        {
            bool Late(StatutoryDeadline deadline, LocalDate request)
            {
                var due = {|SEND1002:request.PlusWeeks(20)|};
                return deadline.Due != due;
            }
        }
        """);

    [Fact]
    public Task Analyze_DateTimeAddDaysFeedingStatutoryCode_Flags() => Verify.AnalyzeAsync("""
        using System;
        using Send.Domain.Statutory;
        class Checker
        {
            StatutoryDeadline? deadline;
            DateTime Due(DateTime request) => {|SEND1002:request.AddDays(140)|};
        }
        """);

    [Fact]
    public Task Analyze_StatutoryPeriodUnrelatedToSendDomain_DoesNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        class Holidays
        {
            LocalDate Return(LocalDate start) => start.PlusWeeks(20);
        }
        """);

    [Fact]
    public Task Analyze_NonStatutoryPeriodOrVariable_DoesNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        using Send.Domain.Statutory;
        class Intake
        {
            EhcpCase Open(LocalDate request, int weeks) => new EhcpCase(request.PlusWeeks(weeks), request.PlusWeeks(7));
        }
        """);
}

public sealed class HandComputedStatutoryDeadlineCodeFixTests
{
    [Theory]
    [InlineData("request.PlusWeeks(20)", "EHC-FINAL-PLAN")]
    [InlineData("request.PlusDays(140)", "EHC-FINAL-PLAN")]
    [InlineData("request.PlusWeeks(6)", "EHC-ASSESS-DECISION")]
    [InlineData("request.PlusWeeks(16)", "EHC-NO-PLAN-DECISION")]
    public Task Fix_RequestPlusStatutoryPeriod_UsesDeadlineEngine(string arithmetic, string ruleId) =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.HandComputedStatutoryDeadlineAnalyzer, Send.Analyzers.CodeFixes.HandComputedStatutoryDeadlineCodeFixProvider>.FixAsync(
            $$"""
            using NodaTime;
            using Send.Domain.Statutory;
            class Intake
            {
                EhcpCase Open(LocalDate request) => new EhcpCase(request, {|SEND1002:{{arithmetic}}|});
            }
            """,
            $$"""
            using NodaTime;
            using Send.Domain.Statutory;
            class Intake
            {
                EhcpCase Open(LocalDate request) => new EhcpCase(request, DeadlineEngine.EnglandAndWales.Compute("{{ruleId}}", request).Due);
            }
            """);
}
