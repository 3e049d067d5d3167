using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// The child or young person missed an appointment for an examination or test made by an advice-giving body
/// (EXC-ADVICE-APPOINTMENT; SEND Regulations 2014, reg 8(2)(c)). Applies to EHC-ADVICE-RESPONSE only.
/// </summary>
/// <remarks>Eligible when the appointment falls in the body's 6-week period and, when a body is named, the body matches the advice request.</remarks>
public sealed record MissedAppointmentFact : ExceptionFact
{
    /// <summary>Creates a missed-appointment fact.</summary>
    /// <param name="date">The date of the missed appointment.</param>
    /// <param name="body">The body that made the appointment (for example <c>health</c>), or null for any.</param>
    /// <param name="invokedFor">Rule ids for which the body invokes the exception, or <c>*</c>; null or empty when not invoked.</param>
    public MissedAppointmentFact(LocalDate date, string? body = null, IReadOnlyList<string>? invokedFor = null)
        : base(invokedFor)
    {
        Date = date;
        Body = body;
    }

    /// <summary>The date of the missed appointment.</summary>
    public LocalDate Date { get; }

    /// <summary>The body that made the appointment, or null for any.</summary>
    public string? Body { get; }

    internal override LocalDate KnownFrom => Date;

    internal override ExceptionAssessment? Assess(StatutoryRule rule, LocalDate start, LocalDate due, string? body, LocalDate asAt)
    {
        const StatutoryExceptionKind kind = StatutoryExceptionKind.AdviceAppointment;
        if (!rule.AllowsException(kind))
        {
            return NotApplicable(rule, kind, "A missed appointment");
        }

        if (Body is not null && body is not null && !string.Equals(Body, body, System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var inside = Date >= start && Date <= due;
        var pattern = LocalDatePattern.Iso;
        var condition = new ExceptionCondition($"the missed appointment falls within the body's period {pattern.Format(start)} to {pattern.Format(due)}", inside);
        return ExceptionAssessment.FromConditions(kind, IsInvokedFor(rule.Id), $"appointment missed on {pattern.Format(Date)}", 0, condition);
    }
}
