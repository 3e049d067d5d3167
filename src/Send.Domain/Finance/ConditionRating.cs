using NodaTime;

namespace Send.Domain.Finance;

/// <summary>
/// A Safety Valve condition's RAG rating at one monitoring round, as the council reported it to the DfE (Wiltshire's
/// August 2024 report: condition 3.3 "remains amber – off track, as was the case last month").
/// </summary>
/// <remarks>Immutable; equality is structural.</remarks>
/// <param name="Round">The round as the paper names it ("August 2024 monitoring report").</param>
/// <param name="Date">The date of the round, or null when not given.</param>
/// <param name="Rag">The council's rating at that round.</param>
/// <param name="Commentary">The council's commentary at that round, or null.</param>
public sealed record ConditionRating(string Round, LocalDate? Date, RagStatus Rag, string? Commentary = null);
