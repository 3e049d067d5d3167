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
