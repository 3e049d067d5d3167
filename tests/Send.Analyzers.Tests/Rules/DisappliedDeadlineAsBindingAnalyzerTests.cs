using System.Threading.Tasks;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.DisappliedDeadlineAsBindingAnalyzer>;

namespace Send.Analyzers.Tests.Rules;

public sealed class DisappliedDeadlineAsBindingAnalyzerTests
{
    [Fact]
    public Task Analyze_DueComparedWithoutStatus_Flags() => Verify.AnalyzeAsync("""
        using System.Linq;
        using NodaTime;
        using Send.Domain.Statutory;
        class Overdue
        {
            bool IsLate(StatutoryDeadline deadline, LocalDate today) => {|SEND1007:deadline.Due < today|};
            int Count(StatutoryDeadline[] all, LocalDate today) => all.Count(d => {|SEND1007:today > d.Due|});
        }
        """);

    [Fact]
    public Task Analyze_DueComparedAfterStatusCheck_DoesNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        using Send.Domain.Statutory;
        class Overdue
        {
            bool IsLate(StatutoryDeadline deadline, LocalDate today) => !deadline.IsDisapplied && deadline.Due < today;
            bool IsLate2(StatutoryDeadline deadline, LocalDate today) => deadline.Status != DeadlineStatus.Disapplied && today > deadline.Due;
            bool Same(StatutoryDeadline deadline, LocalDate day) => deadline.Due == day;
        }
        """);
}

/// <summary>Issue #19: sorting deadlines and planning dates are not "is it late today".</summary>
public sealed class DisappliedDeadlineAsBindingPrecisionTests
{
    [Fact]
    public Task Analyze_TwoDeadlinesOrAPlanningDate_DoNotFlag() => Verify.AnalyzeAsync("""
        using System.Collections.Generic;
        using NodaTime;
        using Send.Domain.Statutory;
        class Planner
        {
            int Compare(StatutoryDeadline a, StatutoryDeadline b) => a.Due < b.Due ? -1 : a.Due > b.Due ? 1 : 0;
            bool PanelInTime(StatutoryDeadline deadline, LocalDate plannedPanel) => plannedPanel <= deadline.Due;
            bool Known(StatutoryDeadline deadline, LocalDate knownDate) => knownDate > deadline.Due;
        }
        """);

    [Fact]
    public Task Analyze_ComparedWithTheCurrentDate_Flags() => Verify.AnalyzeAsync("""
        using NodaTime;
        using Send.Domain.Statutory;
        class Report
        {
            LocalDate AsAt { get; }
            bool Late(StatutoryDeadline d) => {|SEND1007:d.Due < AsAt|};
            bool Late2(StatutoryDeadline d, LocalDate currentDate) => {|SEND1007:currentDate > d.Due|};
            bool Late3(StatutoryDeadline d, IClock clock)
            {
                var date = clock.GetCurrentInstant().InUtc().Date;
                return {|SEND1007:d.Due < date|};
            }
        }
        """);
}
