using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Statutory;

namespace Send.Domain.Tests.Statutory;

public sealed class PropertyTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    private static LocalDate DateFrom(int offset) => ReferenceWorkingDays.MinCovered.PlusDays(Math.Abs(offset % 1200));

    [Property(MaxTest = 300)]
    public bool Assessment_Deadlines_OrderedAndExact(int offset)
    {
        var request = DateFrom(offset);
        var all = Engine.Assessment(request).ToDictionary(d => d.RuleId);
        var six = all["EHC-ASSESS-DECISION"].Due;
        var sixteen = all["EHC-NO-PLAN-DECISION"].Due;
        var twenty = all["EHC-FINAL-PLAN"].Due;
        return six < sixteen && sixteen < twenty
            && Period.DaysBetween(request, six) == 42
            && Period.DaysBetween(request, sixteen) == 112
            && Period.DaysBetween(request, twenty) == 140;
    }

    [Property(MaxTest = 300)]
    public bool Review_PeriodEnds_DayBeforeAnniversaryOrClamped(int offset)
    {
        var plan = DateFrom(offset);
        var end = Engine.Review(plan).Single().Due;
        var anniversary = plan.PlusYears(1);
        return anniversary.Day == plan.Day
            ? end == anniversary.PlusDays(-1)
            : end == anniversary && plan.Month == 2 && plan.Day == 29;
    }

    [Property(MaxTest = 200)]
    public bool Exceptions_NeverChangeADate(int offset, int absenceStart, int absenceLength, bool invoke)
    {
        var request = DateFrom(offset);
        var from = request.PlusDays(Math.Abs(absenceStart % 150));
        var facts = new ExceptionFact[]
        {
            new AbsenceFact(from, from.PlusDays(Math.Abs(absenceLength % 60)), invoke ? new[] { "*" } : null),
            new PersonalCircumstancesFact(from, from.PlusDays(3), null, invoke ? new[] { "*" } : null),
        };
        var events = new[] { new CaseEvent(CaseEventKind.RequestReceived, request), new CaseEvent(CaseEventKind.AdviceRequested, request.PlusDays(10)) };
        var plain = Engine.Evaluate(new EhcCase("p", events), request.PlusDays(400)).Deadlines;
        var withFacts = Engine.Evaluate(new EhcCase("p", events, facts), request.PlusDays(400), TimescaleOptions.Default with { PauseClockForExceptions = true }).Deadlines;
        return plain.Select(d => (d.RuleId, d.Due)).SequenceEqual(withFacts.Select(d => (d.RuleId, d.Due)));
    }

    [Property(MaxTest = 300)]
    public bool Appeal_AlwaysWorkingDayOutsideAugustAndChristmas(int noticeOffset, int certificateOffset, bool withCertificate)
    {
        var notice = DateFrom(noticeOffset);
        if (notice.PlusMonths(3) > ReferenceWorkingDays.MaxCovered)
        {
            return true;
        }

        LocalDate? certificate = withCertificate ? notice.PlusDays(Math.Abs(certificateOffset % 60)) : null;
        var due = Engine.Appeal(notice, certificate).Due;
        var christmas = (due.Month == 12 && due.Day >= 25) || (due.Month == 1 && due.Day == 1);
        return ReferenceWorkingDays.Instance.IsWorkingDay(due) && due.Month != 8 && !christmas;
    }

    [Property(MaxTest = 200)]
    public bool RegulationsDeadlines_NeverRoll(int offset)
    {
        var trigger = DateFrom(offset);
        foreach (var rule in StatutoryRules.All.Where(r => !r.MayRollOffNonWorkingDay && r.Id is not ("EHC-XFER-REVIEW" or "MED-AGREE-APPEALABLE" or "EHC-CEASE")))
        {
            var deadline = Engine.Compute(rule, trigger);
            if ((deadline.Flags & DeadlineFlags.Rolled) != 0 || deadline.RollReason is not null)
            {
                return false;
            }

            // Calendar-day rules land exactly where the arithmetic says, working day or not.
            if (rule.Period.Unit is PeriodUnit.Days or PeriodUnit.Weeks && rule.Period.Direction == PeriodDirection.After
                && deadline.Due != trigger.PlusDays(rule.Period.Amount * (rule.Period.Unit == PeriodUnit.Weeks ? 7 : 1)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool BatchCalculator_AgreesWithEngine(int offset)
    {
        var request = DateFrom(offset);
        Span<AssessmentDeadlines> output = stackalloc AssessmentDeadlines[1];
        DeadlineCalculator.ComputeAssessmentDeadlines(new[] { request }, output);
        var all = Engine.Assessment(request).ToDictionary(d => d.RuleId);
        Span<LocalDate> review = stackalloc LocalDate[1];
        DeadlineCalculator.ComputeReviewDeadlines(new[] { request }, review);
        return output[0].Decision == all["EHC-ASSESS-DECISION"].Due && output[0].NoPlanDecision == all["EHC-NO-PLAN-DECISION"].Due
            && output[0].DraftLatest == all["EHC-DRAFT-LATEST"].Due && output[0].FinalPlan == all["EHC-FINAL-PLAN"].Due
            && review[0] == Engine.Review(request).Single().Due;
    }
}

public sealed class DeadlineCalculatorTests
{
    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Batch_ManyDatesWithCollisions_AgreesWithEngine(int seed)
    {
        // More distinct dates than cache slots (and years 8 apart that share a slot) must still give exact answers.
        var random = new System.Random(seed);
        var requests = new NodaTime.LocalDate[6000];
        for (var i = 0; i < requests.Length; i++)
        {
            requests[i] = new NodaTime.LocalDate(2011, 1, 1).PlusDays(random.Next(0, 9000));
        }

        var output = new AssessmentDeadlines[requests.Length];
        var reviews = new NodaTime.LocalDate[requests.Length];
        DeadlineCalculator.ComputeAssessmentDeadlines(requests, output, day1Reading: seed % 2 == 0);
        DeadlineCalculator.ComputeReviewDeadlines(requests, reviews);
        var shift = seed % 2 == 0 ? -1 : 0;
        for (var i = 0; i < requests.Length; i++)
        {
            if (output[i].FinalPlan != requests[i].PlusDays(140 + shift) || output[i].Decision != requests[i].PlusDays(42 + shift)
                || output[i].NoPlanDecision != requests[i].PlusDays(112 + shift) || output[i].DraftLatest != requests[i].PlusDays(125 + shift)
                || reviews[i] != CaseloadAnalytics.ReviewPeriodEnd(requests[i]))
            {
                return false;
            }
        }

        return true;
    }

    [Xunit.Fact]
    public void Batch_LengthMismatch_Throws()
    {
        Xunit.Assert.Throws<System.ArgumentException>(() => DeadlineCalculator.ComputeAssessmentDeadlines(new NodaTime.LocalDate[2], new AssessmentDeadlines[1]));
    }
}
