namespace Send.Domain.Statutory;

/// <summary>
/// Open assessments whose request is between <see cref="FromWeeks"/> (inclusive) and <see cref="ToWeeks"/>
/// (exclusive) completed weeks old on the as-at date. Weeks are completed weeks: <c>floor(days since request / 7)</c>,
/// so a request exactly 6 weeks (42 days) old is in the 6-16 band.
/// </summary>
/// <param name="Label">The band label, for example <c>6-16</c> or <c>52+</c>.</param>
/// <param name="FromWeeks">The lower bound in completed weeks (inclusive).</param>
/// <param name="ToWeeks">The upper bound in completed weeks (exclusive); null for the open-ended last band.</param>
/// <param name="Count">How many open assessments fall in the band.</param>
public sealed record AssessmentAgeBand(string Label, int FromWeeks, int? ToWeeks, int Count);
