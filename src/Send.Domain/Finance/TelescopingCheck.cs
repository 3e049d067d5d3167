namespace Send.Domain.Finance;

/// <summary>
/// The whole-period check of a DSG table: the first brought-forward balance plus every in-year result less every
/// contribution should give the last carried-forward balance (Wiltshire:
/// <c>35.214 + 136.562 − 67.000 − 70.267 = 34.509</c>, DSG reference, section 12.1).
/// </summary>
/// <remarks>
/// Amounts are deficit-positive, with contributions as positive amounts that reduce the deficit. Immutable;
/// equality is structural.
/// </remarks>
/// <param name="OpeningBalance">The first year's printed brought-forward balance.</param>
/// <param name="TotalInYear">The printed in-year results added up.</param>
/// <param name="TotalSafetyValve">The Safety Valve contributions added up.</param>
/// <param name="TotalLocal">The local contributions added up.</param>
/// <param name="TotalOther">The other contributions added up.</param>
/// <param name="Computed">Opening + in-year − contributions.</param>
/// <param name="Published">The last year's printed carried-forward balance.</param>
/// <param name="Tolerance">The rounding tolerance for that many displayed parts.</param>
/// <param name="Verdict">Exact, rounding or error.</param>
public sealed record TelescopingCheck(
    Money OpeningBalance,
    Money TotalInYear,
    Money TotalSafetyValve,
    Money TotalLocal,
    Money TotalOther,
    Money Computed,
    Money Published,
    RoundingTolerance Tolerance,
    ReconciliationVerdict Verdict)
{
    /// <summary>Published minus computed.</summary>
    public Money Difference => Published - Computed;

    /// <summary>The restatements of brought-forward balances within the period, included in <see cref="Computed"/>; zero by default.</summary>
    public Money Restatements { get; init; }
}
