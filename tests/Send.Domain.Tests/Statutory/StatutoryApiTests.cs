using System.Linq;
using System.Reflection;
using Send.Domain.Statutory;
using Send.Tests.Shared;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>Issues #19/#21: rule ids as constants and typed rules; deadlines compare by value.</summary>
public sealed class StatutoryApiTests
{
    [Fact]
    public void StatutoryRuleIds_OneConstantPerRule()
    {
        var constants = typeof(StatutoryRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(StatutoryRules.All.Select(r => r.Id).OrderBy(x => x, System.StringComparer.Ordinal).ToArray(), constants);
    }

    [Fact]
    public void StatutoryRules_TypedAccessors_MatchTheirConstants()
    {
        foreach (var field in typeof(StatutoryRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var accessor = typeof(StatutoryRules).GetProperty(field.Name, BindingFlags.Public | BindingFlags.Static);
            Assert.NotNull(accessor);
            Assert.Same(StatutoryRules.Get((string)field.GetRawConstantValue()!), accessor!.GetValue(null));
        }

        Assert.Equal("EHC-FINAL-PLAN", StatutoryRules.EhcFinalPlan.Id);
    }

    [Fact]
    public void StatutoryDeadline_ComputedTwice_EqualByValue()
    {
        var engine = ReferenceWorkingDays.Engine;
        var first = engine.Assessment(D("2025-01-13"));
        var second = engine.Assessment(D("2025-01-13"));
        Assert.Equal(first, second);
        EqualityContract.Holds(first[4], second[4], engine.Assessment(D("2025-01-14"))[4]);
    }

    [Fact]
    public void StatutoryDeadline_EvaluatedTwiceWithExceptions_EqualByValue()
    {
        var ehcCase = new EhcCase("E-1", new[] { new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")) }, new ExceptionFact[] { new AbsenceFact(D("2025-02-01"), D("2025-03-31"), new[] { "*" }) });
        var a = ReferenceWorkingDays.Engine.Evaluate(ehcCase, D("2025-07-01")).Deadlines;
        var b = ReferenceWorkingDays.Engine.Evaluate(ehcCase, D("2025-07-01")).Deadlines;
        Assert.Equal(a, b);
        var later = ReferenceWorkingDays.Engine.Evaluate(ehcCase, D("2025-07-02")).Deadlines;
        EqualityContract.Holds(a[^1], b[^1], later[^1]);
    }

    [Fact]
    public void DerivedDate_EqualByValue()
    {
        var engine = ReferenceWorkingDays.Engine;
        EqualityContract.Holds(engine.LatestDraft(D("2025-01-13")), engine.LatestDraft(D("2025-01-13")), engine.LatestDraft(D("2025-01-14")));
    }
}
