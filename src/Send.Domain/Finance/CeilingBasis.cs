namespace Send.Domain.Finance;

/// <summary>
/// Which cumulative deficit a Safety Valve ceiling is measured on. Agreements phrase this differently (DSG reference,
/// section 8 [R]), so the basis is stored with every ceiling.
/// </summary>
/// <remarks>The default value is <see cref="AfterAllContributions"/>.</remarks>
public enum CeilingBasis
{
    /// <summary>The carried-forward balance after every contribution. This is the default value.</summary>
    AfterAllContributions = 0,

    /// <summary>
    /// The carried-forward balance with the Safety Valve payments of the account so far added back (Wiltshire's
    /// "not exceeding £84.5m (excluding Safety Valve payments)").
    /// </summary>
    ExcludingSafetyValvePayments = 1,

    /// <summary>The opening balance plus every in-year result, before any contribution.</summary>
    BeforeAllContributions = 2,
}
