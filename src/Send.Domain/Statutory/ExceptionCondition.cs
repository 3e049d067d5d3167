namespace Send.Domain.Statutory;

/// <summary>
/// One checkable condition of an exception's date test (reference section 3), and whether the recorded facts meet it
/// for one deadline: for example "the request for advice fell within the deadline's period 2025-01-13 to 2025-06-02".
/// </summary>
/// <remarks>
/// An <see cref="ExceptionAssessment"/> is eligible only when every one of its conditions is met, so each condition
/// can make it fail on its own and the explanation names the one that did. This is not the causal test ("impractical
/// because of"), which software cannot decide. Instances are immutable; equality is by value.
/// </remarks>
/// <param name="Description">The condition with the dates it was tested against, in plain English.</param>
/// <param name="Met">Whether the facts meet it.</param>
public sealed record ExceptionCondition(string Description, bool Met)
{
    /// <summary>Returns <c>met: description</c> or <c>NOT met: description</c>.</summary>
    /// <returns>The condition as a caseworker reads it.</returns>
    public override string ToString() => (Met ? "met: " : "NOT met: ") + Description;
}
