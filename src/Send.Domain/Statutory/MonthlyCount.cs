using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>A count for one calendar month, for example final plans issued in November 2024.</summary>
/// <param name="Month">The month.</param>
/// <param name="Count">The count.</param>
public sealed record MonthlyCount(YearMonth Month, int Count);
