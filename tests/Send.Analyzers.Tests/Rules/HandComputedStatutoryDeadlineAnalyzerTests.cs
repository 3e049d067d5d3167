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

/// <summary>Issue #19: the misses and false positives a council developer met.</summary>
public sealed class HandComputedStatutoryDeadlinePrecisionTests
{
    [Theory]
    [InlineData("request.Plus(Period.FromWeeks(20))")]
    [InlineData("request + Period.FromWeeks(20)")]
    [InlineData("request.Plus(Period.FromDays(140))")]
    [InlineData("request + Period.FromMonths(12)")]
    public Task Analyze_PeriodValueAdded_Flags(string arithmetic) => Verify.AnalyzeAsync($$"""
        using NodaTime;
        using Send.Domain.Statutory;
        class Intake
        {
            EhcpCase Open(LocalDate request) => new EhcpCase(request, {|SEND1002:{{arithmetic}}|});
        }
        """);

    [Fact]
    public Task Analyze_ComparedWithADate_Flags() => Verify.AnalyzeAsync("""
        using NodaTime;
        class Tracker
        {
            bool Late(LocalDate request, LocalDate today) => today > {|SEND1002:request.PlusWeeks(20)|};
            bool Late2(LocalDate request, LocalDate issued) => {|SEND1002:request + Period.FromWeeks(20)|} < issued;
        }
        """);

    [Fact]
    public Task Analyze_StoredAsADeadline_Flags() => Verify.AnalyzeAsync("""
        using NodaTime;
        class Tracker
        {
            LocalDate FinalPlanDue { get; set; }
            LocalDate deadline;
            void Set(LocalDate request)
            {
                FinalPlanDue = {|SEND1002:request.PlusWeeks(20)|};
                deadline = {|SEND1002:request.PlusWeeks(6)|};
            }
            LocalDate DueDate(LocalDate request) => {|SEND1002:request.PlusDays(112)|};
        }
        """);

    [Fact]
    public Task Analyze_AbsenceEndDate_DoesNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        using Send.Domain.Statutory;
        class Facts
        {
            AbsenceFact SixWeeksAway(LocalDate from) => new AbsenceFact(from, from.PlusDays(42));
            AbsenceFact Away(LocalDate from) => new AbsenceFact(from, from.PlusWeeks(6));
        }
        """);

    [Fact]
    public Task Analyze_ChartAxisPadding_DoesNotFlag() => Verify.AnalyzeAsync("""
        using System.Linq;
        using NodaTime;
        using Send.Domain.Statutory;
        class Chart
        {
            (LocalDate Min, LocalDate Max) Axis(StatutoryDeadline[] deadlines)
            {
                var first = deadlines.Min(d => d.Due);
                var last = deadlines.Max(d => d.Due);
                var axisEnd = last.PlusDays(42);
                return (first.PlusDays(-42), axisEnd);
            }
        }
        """);

    [Fact]
    public Task Analyze_WithoutSendStatutoryTypes_DoesNotFlag() => new Verify.AnalyzerTest
    {
        // No Send.Domain stubs: a NodaTime-only project has no rule API to offer.
        TestCode = """
            using NodaTime;
            class Tracker
            {
                bool Late(LocalDate request, LocalDate today) => today > request.PlusWeeks(20);
            }
            """,
    }.RunAsync(TestContext.Current.CancellationToken);
}

public sealed class HandComputedStatutoryDeadlineCodeFixTests
{
    [Theory]
    [InlineData("request.Plus(Period.FromWeeks(20))", "EHC-FINAL-PLAN")]
    [InlineData("request + Period.FromWeeks(16)", "EHC-NO-PLAN-DECISION")]
    public Task Fix_PeriodValue_UsesDeadlineEngine(string arithmetic, string ruleId) =>
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

    [Fact]
    public Task FixAll_SeveralDeadlinesWithoutUsing_OnePassWithSimpleNames() =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.HandComputedStatutoryDeadlineAnalyzer, Send.Analyzers.CodeFixes.HandComputedStatutoryDeadlineCodeFixProvider>.FixAllInOnePassAsync(
            """
            using NodaTime;
            class Tracker
            {
                bool Late(LocalDate request, LocalDate today) => today > {|SEND1002:request.PlusWeeks(20)|} || today > {|SEND1002:request + Period.FromWeeks(6)|};
                LocalDate ReviewDue(LocalDate issued) => {|SEND1002:issued.PlusMonths(12)|};
            }
            """,
            """
            using NodaTime;
            using Send.Domain.Statutory;

            class Tracker
            {
                bool Late(LocalDate request, LocalDate today) => today > DeadlineEngine.EnglandAndWales.Compute("EHC-FINAL-PLAN", request).Due || today > DeadlineEngine.EnglandAndWales.Compute("EHC-ASSESS-DECISION", request).Due;
                LocalDate ReviewDue(LocalDate issued) => DeadlineEngine.EnglandAndWales.Compute("EHC-AR-FIRST", issued).Due;
            }
            """);

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
