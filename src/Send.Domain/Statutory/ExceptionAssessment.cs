namespace Send.Domain.Statutory;

/// <summary>
/// The engine's decision about one exception fact for one deadline: which exception it would be, whether the dates
/// make it eligible, whether the council invoked it, and why.
/// </summary>
/// <remarks>
/// Eligibility is only the date test of reference section 3. Every exception also needs the causal test ("impractical
/// because of"), which software can record (by the council invoking it) but cannot decide.
/// </remarks>
/// <param name="Kind">The exception.</param>
/// <param name="Eligible">Whether the dates and lengths meet the reference's test for this deadline.</param>
/// <param name="Invoked">Whether the council recorded that it relies on the exception for this deadline.</param>
/// <param name="Reason">Why it is or is not eligible, in plain English, with the dates.</param>
/// <param name="DaysInPeriod">How many days of the circumstance fall inside the deadline's period (used only by the non-statutory pause mode).</param>
public sealed record ExceptionAssessment(StatutoryExceptionKind Kind, bool Eligible, bool Invoked, string Reason, int DaysInPeriod)
{
    /// <summary>The exception id, for example <c>EXC-ABSENCE</c>.</summary>
    public string Id => StatutoryExceptions.IdOf(Kind);

    /// <summary>Whether this assessment disapplies the deadline (eligible and invoked).</summary>
    public bool Disapplies => Eligible && Invoked;
}
