namespace Send.Reporting.Styling;

/// <summary>How one style of Send's contract was provided by a house style (see <see cref="HouseStyle.Styles"/>).</summary>
/// <param name="StyleId">Send's style id, for example <c>BodyText</c>.</param>
/// <param name="Kind">Found by id, matched by name, or supplied.</param>
/// <param name="DocumentStyleId">The house style's style it was found as or based on, or null when supplied.</param>
/// <param name="DocumentStyleName">That style's display name, or null.</param>
public sealed record StyleMatch(string StyleId, StyleMatchKind Kind, string? DocumentStyleId, string? DocumentStyleName);
