using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Send.Domain.Calendars;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// A Safety Valve ("very high deficit intervention") agreement between the DfE and a council: the DfE's total
/// contribution paid in instalments, the council's own contribution, and the conditions the council must meet
/// (DSG reference, section 8).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Remaining"/> is <c>Total − Σ Paid</c> (section 10, item 11): withheld and suspended payments stay in
/// the schedule with their status and count as not yet received. The schedule is expected to add up to the total;
/// <see cref="ScheduleDifference"/> says by how much it does not.
/// </para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class SafetyValveAgreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="authority">The council's name.</param>
    /// <param name="signed">The date signed, or null when not known.</param>
    /// <param name="firstYear">The first financial year covered.</param>
    /// <param name="lastYear">The last financial year covered.</param>
    /// <param name="totalDfeContribution">The DfE's total contribution.</param>
    /// <param name="schedule">The instalments.</param>
    /// <param name="conditions">The conditions, in the agreement's order.</param>
    /// <param name="localAuthorityContribution">The council's own committed contribution, or null when not stated.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The last year is before the first.</exception>
    public SafetyValveAgreement(
        string authority,
        LocalDate? signed,
        FinancialYear firstYear,
        FinancialYear lastYear,
        Money totalDfeContribution,
        PaymentSchedule schedule,
        IEnumerable<SafetyValveCondition> conditions,
        Money? localAuthorityContribution = null)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(conditions);
        if (lastYear < firstYear)
        {
            throw new ArgumentException($"The agreement cannot end ({lastYear}) before it starts ({firstYear}).", nameof(lastYear));
        }

        Authority = authority;
        Signed = signed;
        FirstYear = firstYear;
        LastYear = lastYear;
        TotalDfeContribution = totalDfeContribution;
        Schedule = schedule;
        Conditions = conditions.ToArray();
        LocalAuthorityContribution = localAuthorityContribution;
    }

    /// <summary>The council.</summary>
    public string Authority { get; }

    /// <summary>The date signed, or null.</summary>
    public LocalDate? Signed { get; }

    /// <summary>The first financial year covered.</summary>
    public FinancialYear FirstYear { get; }

    /// <summary>The last financial year covered.</summary>
    public FinancialYear LastYear { get; }

    /// <summary>The DfE's total contribution.</summary>
    public Money TotalDfeContribution { get; }

    /// <summary>The council's own committed contribution, or null when not stated.</summary>
    public Money? LocalAuthorityContribution { get; }

    /// <summary>The instalments.</summary>
    public PaymentSchedule Schedule { get; }

    /// <summary>The conditions in the agreement's order.</summary>
    public IReadOnlyList<SafetyValveCondition> Conditions { get; }

    /// <summary>
    /// The re-profile of the schedule, or null when it was never re-profiled. <see cref="Schedule"/> stays the
    /// schedule given to the constructor; the revised one is <see cref="CurrentSchedule"/>.
    /// </summary>
    public PaymentReprofile? Reprofile { get; init; }

    /// <summary>The schedule in force: the re-profiled one when there is one, else <see cref="Schedule"/>.</summary>
    public PaymentSchedule CurrentSchedule => Reprofile?.Revised ?? Schedule;

    /// <summary>What the DfE has still to pay: <c>Total − Σ Paid</c> over <see cref="CurrentSchedule"/>.</summary>
    public Money Remaining => TotalDfeContribution - CurrentSchedule.Paid;

    /// <summary>
    /// What the payments received or due with no published amount must add up to if <see cref="CurrentSchedule"/>
    /// covers the whole total: <c>Total − Σ published amounts</c>; null when every amount is published. A derived
    /// figure, not a published one.
    /// </summary>
    public Money? ImpliedUnpublished => CurrentSchedule.Payments.Any(p => !p.IsAmountPublished)
        ? TotalDfeContribution - CurrentSchedule.Total
        : null;

    /// <summary>The total less the schedule's sum; zero when they agree.</summary>
    public Money ScheduleDifference => TotalDfeContribution - CurrentSchedule.Total;

    /// <summary>
    /// Checks the agreement's own figures and returns warnings: a schedule that does not add up to the total, and
    /// payments outside the agreement's years. Field paths follow the deficit table file (<c>safety_valve.payments[i]</c>).
    /// </summary>
    /// <param name="source">The file name to put in each problem.</param>
    /// <returns>The warnings; empty when all is well.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IReadOnlyList<DataProblem> Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        var format = MoneyFormat.Millions(3);
        if (!ScheduleDifference.IsZero && CurrentSchedule.Payments.All(p => p.IsAmountPublished))
        {
            problems.Add(new DataProblem(source, $"the {(Reprofile is null ? string.Empty : "re-profiled ")}payments add up to {CurrentSchedule.Total.ToString(format)}, not the agreement's total {TotalDfeContribution.ToString(format)}")
            {
                Field = Reprofile is null ? "safety_valve.payments" : "safety_valve.reprofiled.payments",
                Value = CurrentSchedule.Total.ToString(format),
                Expected = TotalDfeContribution.ToString(format),
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-FIN-SV",
            });
        }

        if (Reprofile is { } reprofile && !reprofile.TotalChange.IsZero && reprofile.Original.Payments.Concat(reprofile.Revised.Payments).All(p => p.IsAmountPublished))
        {
            problems.Add(new DataProblem(source, $"the re-profiled payments add up to {reprofile.Revised.Total.ToString(format)}, not the original schedule's {reprofile.Original.Total.ToString(format)}; a re-profile moves payments between years and the DfE contribution is a fixed figure")
            {
                Field = "safety_valve.reprofiled.payments",
                Value = reprofile.Revised.Total.ToString(format),
                Expected = reprofile.Original.Total.ToString(format),
                Severity = DataProblemSeverity.Warning,
                Code = ProblemCodes.SafetyValveReprofile,
            });
        }

        for (var i = 0; i < Schedule.Payments.Count; i++)
        {
            var year = Schedule.Payments[i].Year;
            if (year < FirstYear || year > LastYear)
            {
                problems.Add(new DataProblem(source, $"a payment in {year} is outside the agreement's years {FirstYear} to {LastYear}")
                {
                    Field = $"safety_valve.payments[{i}].year",
                    Value = year.ToString(),
                    Expected = $"{FirstYear} to {LastYear}",
                    Severity = DataProblemSeverity.Warning,
                    Code = "SEND-FIN-SV",
                });
            }
        }

        problems.AddRange(ConditionHistoryCheck.Check(source, Conditions));
        return problems;
    }

    /// <summary>Checks every condition against a forecast and works out the council contribution the plan implies.</summary>
    /// <remarks>
    /// Instalments paid in years before the forecast's first year reduced its opening balance, so they are added back
    /// for a ceiling "excluding Safety Valve payments" (<see cref="DsgAccount.SafetyValveReceivedBefore"/>).
    /// </remarks>
    /// <param name="forecast">The forecast account, deficit positive.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is null.</exception>
    public SafetyValveEvaluation Evaluate(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var before = Money.Sum(CurrentSchedule.Payments.Where(p => p.Year < forecast.FirstYear && p.Status == PaymentStatus.Paid).Select(p => p.Amount));
        var account = forecast.SafetyValveReceivedBefore == before ? forecast : forecast.WithSafetyValveReceivedBefore(before);
        return new SafetyValveEvaluation(this, account, Conditions.Select(c => c.Assess(account)).ToArray());
    }
}
