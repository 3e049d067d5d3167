namespace Send.Domain.Kpis.Rag;

/// <summary>A RAG rating with the reason it was given, in words a committee member can read.</summary>
/// <param name="Colour">The colour, or <see cref="RagColour.NoRating"/>.</param>
/// <param name="Reason">Why, for example <c>2.1 below the target of 90.0, within the tolerance of 4.5</c>.</param>
public sealed record RagRating(RagColour Colour, string Reason);
