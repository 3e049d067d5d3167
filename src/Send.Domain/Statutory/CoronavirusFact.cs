using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// The council relied on the temporary coronavirus modification (EXC-COVID-2020; SI 2020/471, regs 2A and 18A, in
/// force 1 May to 25 Sep 2020 and now spent).
/// </summary>
/// <remarks>Eligible only when the deadline itself fell inside 1 May to 25 Sep 2020 inclusive [D]. How it applies to a process straddling 25 Sep 2020 is an open question.</remarks>
public sealed record CoronavirusFact : ExceptionFact
{
    /// <summary>The first day the modification was in force.</summary>
    public static readonly LocalDate WindowStart = new(2020, 5, 1);

    /// <summary>The last day the modification was in force.</summary>
    public static readonly LocalDate WindowEnd = new(2020, 9, 25);

    /// <summary>Creates a coronavirus fact.</summary>
    /// <param name="invokedFor">Rule ids for which the council relied on the modification, or <c>*</c>.</param>
    public CoronavirusFact(IReadOnlyList<string>? invokedFor = null)
        : base(invokedFor)
    {
    }

    internal override LocalDate KnownFrom => WindowStart;

    internal override ExceptionAssessment? Assess(StatutoryRule rule, LocalDate start, LocalDate due, string? body, LocalDate asAt)
    {
        const StatutoryExceptionKind kind = StatutoryExceptionKind.Covid2020;
        if (!rule.AllowsException(kind))
        {
            return NotApplicable(rule, kind, "The 2020 coronavirus modification");
        }

        var inside = due >= WindowStart && due <= WindowEnd;
        var pattern = LocalDatePattern.Iso;
        var condition = new ExceptionCondition($"the deadline {pattern.Format(due)} falls within 2020-05-01 to 2020-09-25, when SI 2020/471 was in force", inside);
        return ExceptionAssessment.FromConditions(kind, IsInvokedFor(rule.Id), "coronavirus modification relied on", OverlapDays(WindowStart, WindowEnd, start, due), condition);
    }
}
