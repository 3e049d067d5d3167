using System;
using System.Collections.Immutable;
using NodaTime;
using Send.Domain.Calendars;
using Send.Domain.Statutory;

namespace Send.Domain.Testing;

/// <summary>
/// Builds an <see cref="EhcCase"/> in a test: its dated events (request, decision, advice, draft, final plan,
/// reviews...) and the exception facts recorded on it (closures, absences, personal circumstances).
/// </summary>
/// <remarks>
/// <para>
/// A builder is immutable: every method returns a new builder, so one base case can be varied per test. Events may be
/// added in any order; <see cref="EhcCase"/> sorts them by date and keeps the order of events on the same date.
/// Nothing is checked until <see cref="Build"/>, and then only what <see cref="EhcCase"/> checks: to find events
/// that contradict each other (a final plan before the request), run <see cref="CaseValidator"/> on the result.
/// </para>
/// <para>
/// Exception facts follow the law's model (developer reference, section 3): a fact only disapplies a deadline when it is
/// eligible <em>and</em> the council invoked it. The <c>invokedFor</c> arguments are the rule ids the council invokes
/// the fact for (<see cref="StatutoryRuleIds"/>), or <c>*</c> for every deadline it is eligible for; give none to
/// record a fact the council did not rely on.
/// </para>
/// </remarks>
public sealed class EhcCaseBuilder
{
    private readonly string id;
    private readonly ImmutableList<CaseEvent> events;
    private readonly ImmutableList<ExceptionFact> exceptions;
    private readonly LocalDate? dateOfBirth;
    private readonly PhaseTransfer? phaseTransfer;

    private EhcCaseBuilder(string id, ImmutableList<CaseEvent> events, ImmutableList<ExceptionFact> exceptions, LocalDate? dateOfBirth, PhaseTransfer? phaseTransfer)
    {
        this.id = id;
        this.events = events;
        this.exceptions = exceptions;
        this.dateOfBirth = dateOfBirth;
        this.phaseTransfer = phaseTransfer;
    }

    /// <summary>Starts a case with no events (for a plan transferred in, or a case that starts at a review).</summary>
    /// <param name="caseId">The case reference.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is null or blank.</exception>
    public static EhcCaseBuilder Case(string caseId)
    {
        if (string.IsNullOrWhiteSpace(caseId))
        {
            throw new ArgumentException("A case needs an id.", nameof(caseId));
        }

        return new EhcCaseBuilder(caseId, ImmutableList<CaseEvent>.Empty, ImmutableList<ExceptionFact>.Empty, null, null);
    }

    /// <summary>Starts a case at the request for an EHC needs assessment (the trigger of the 6-, 16- and 20-week limits).</summary>
    /// <param name="caseId">The case reference.</param>
    /// <param name="requestReceived">The day the council received the request (day 0 of the count).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is null or blank.</exception>
    public static EhcCaseBuilder RequestedOn(string caseId, LocalDate requestReceived) =>
        Case(caseId).Event(CaseEventKind.RequestReceived, requestReceived);

    /// <summary>Adds an event of any kind.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="date">When.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder Event(CaseEventKind kind, LocalDate date) => Event(new CaseEvent(kind, date));

    /// <summary>Adds an event built by hand (with a body, a related date, a Tribunal order...).</summary>
    /// <param name="caseEvent">The event.</param>
    /// <returns>A new builder with the event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    public EhcCaseBuilder Event(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        return new EhcCaseBuilder(id, events.Add(caseEvent), exceptions, dateOfBirth, phaseTransfer);
    }

    /// <summary>The council notified its decision to assess.</summary>
    /// <param name="date">The date of the notice.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder DecisionToAssess(LocalDate date) => Event(CaseEventKind.DecisionToAssess, date);

    /// <summary>The council notified its decision not to assess.</summary>
    /// <param name="date">The date of the notice.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder DecisionNotToAssess(LocalDate date) => Event(CaseEventKind.DecisionNotToAssess, date);

    /// <summary>The council asked a body for advice (starts that body's EHC-ADVICE-RESPONSE).</summary>
    /// <param name="date">The date of the request.</param>
    /// <param name="body">The body asked, for example <c>Health</c> or <c>Educational psychology</c>.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder AdviceRequested(LocalDate date, string body) => Event(new CaseEvent(CaseEventKind.AdviceRequested, date) { Body = body });

    /// <summary>A body's advice was received.</summary>
    /// <param name="date">The date it arrived.</param>
    /// <param name="body">The body, as named when the advice was requested.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder AdviceReceived(LocalDate date, string body) => Event(new CaseEvent(CaseEventKind.AdviceReceived, date) { Body = body });

    /// <summary>The draft plan was served (day 1 of the 15-day comment period).</summary>
    /// <param name="date">The date it was served.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder DraftIssued(LocalDate date) => Event(CaseEventKind.DraftIssued, date);

    /// <summary>The final plan was issued (completes EHC-FINAL-PLAN; starts the first annual review period).</summary>
    /// <param name="date">The date it was issued.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder FinalIssued(LocalDate date) => Event(CaseEventKind.FinalIssued, date);

    /// <summary>The council notified that no plan is needed after the assessment.</summary>
    /// <param name="date">The date of the notice.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder NoPlanDecision(LocalDate date) => Event(CaseEventKind.NoPlanDecision, date);

    /// <summary>An annual review meeting was held.</summary>
    /// <param name="date">The date of the meeting.</param>
    /// <returns>A new builder with the event.</returns>
    public EhcCaseBuilder ReviewMeeting(LocalDate date) => Event(CaseEventKind.ReviewMeeting, date);

    /// <summary>Records the child's date of birth (used by the under-5 interim reviews and age bands).</summary>
    /// <param name="date">The date of birth.</param>
    /// <returns>A new builder with the date of birth.</returns>
    public EhcCaseBuilder BornOn(LocalDate date) => new(id, events, exceptions, date, phaseTransfer);

    /// <summary>Records a planned phase transfer.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <returns>A new builder with the transfer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transfer"/> is null.</exception>
    public EhcCaseBuilder Transferring(PhaseTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        return new EhcCaseBuilder(id, events, exceptions, dateOfBirth, transfer);
    }

    /// <summary>Records an exception fact of any kind.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>A new builder with the fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public EhcCaseBuilder Exception(ExceptionFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new EhcCaseBuilder(id, events, exceptions.Add(fact), dateOfBirth, phaseTransfer);
    }

    /// <summary>
    /// Records a school closure (EXC-CLOSURE-SCHOOL) and the day the council asked the head teacher for advice.
    /// </summary>
    /// <param name="firstClosedDay">The first day the school was closed.</param>
    /// <param name="reopeningDate">The day it reopened (the first open day after the closure).</param>
    /// <param name="adviceRequestedOn">When the council asked the head teacher or principal for advice.</param>
    /// <param name="invokedFor">The rule ids the council invokes it for, or <c>*</c>; none when not invoked.</param>
    /// <returns>A new builder with the fact.</returns>
    /// <exception cref="ArgumentException"><paramref name="reopeningDate"/> is not after <paramref name="firstClosedDay"/>.</exception>
    public EhcCaseBuilder SchoolClosure(LocalDate firstClosedDay, LocalDate reopeningDate, LocalDate adviceRequestedOn, params string[] invokedFor) =>
        Exception(new ClosureFact(ClosureSetting.School, firstClosedDay, reopeningDate, adviceRequestedOn, Invoked(invokedFor)));

    /// <summary>
    /// Records the closure of a school calendar whose advice window holds <paramref name="adviceRequestedOn"/>
    /// (see <see cref="ClosureFact.FromSchoolCalendar"/>), for example a summer holiday built with
    /// <see cref="SchoolCalendarBuilder"/>.
    /// </summary>
    /// <param name="calendar">The school's calendar.</param>
    /// <param name="adviceRequestedOn">When the council asked the head teacher or principal for advice.</param>
    /// <param name="invokedFor">The rule ids the council invokes it for, or <c>*</c>; none when not invoked.</param>
    /// <returns>A new builder with the fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">No closure's advice window in the calendar holds <paramref name="adviceRequestedOn"/>: a test that meant to record a closure would otherwise record nothing.</exception>
    public EhcCaseBuilder SchoolClosure(SchoolCalendar calendar, LocalDate adviceRequestedOn, params string[] invokedFor)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var fact = ClosureFact.FromSchoolCalendar(calendar, adviceRequestedOn, ClosureSetting.School, Invoked(invokedFor))
            ?? throw new ArgumentException($"No closure of '{calendar.Name}' has an advice window (7 days before its first closed day to 7 days before reopening) that holds {adviceRequestedOn:uuuu-MM-dd}.", nameof(adviceRequestedOn));
        return Exception(fact);
    }

    /// <summary>Records that the child, parent or young person was away from the council's area (EXC-ABSENCE).</summary>
    /// <param name="from">The first day away.</param>
    /// <param name="to">The last day away (inclusive).</param>
    /// <param name="invokedFor">The rule ids the council invokes it for, or <c>*</c>; none when not invoked.</param>
    /// <returns>A new builder with the fact.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/> (thrown by <see cref="AbsenceFact"/>).</exception>
    public EhcCaseBuilder AbsentFromArea(LocalDate from, LocalDate to, params string[] invokedFor) =>
        Exception(new AbsenceFact(from, to, Invoked(invokedFor)));

    /// <summary>Records exceptional personal circumstances (EXC-PERSONAL).</summary>
    /// <param name="from">The first day affected.</param>
    /// <param name="to">The last day affected (inclusive).</param>
    /// <param name="description">What happened, as the case file records it.</param>
    /// <param name="invokedFor">The rule ids the council invokes it for, or <c>*</c>; none when not invoked.</param>
    /// <returns>A new builder with the fact.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/> (thrown by <see cref="PersonalCircumstancesFact"/>).</exception>
    public EhcCaseBuilder PersonalCircumstances(LocalDate from, LocalDate to, string description, params string[] invokedFor) =>
        Exception(new PersonalCircumstancesFact(from, to, description, Invoked(invokedFor)));

    /// <summary>Builds the case.</summary>
    /// <returns>A new <see cref="EhcCase"/> with the events sorted by date.</returns>
    public EhcCase Build() => new(id, events, exceptions, dateOfBirth, phaseTransfer);

    private static string[]? Invoked(string[]? invokedFor) => invokedFor is { Length: > 0 } ? (string[])invokedFor.Clone() : null;
}
