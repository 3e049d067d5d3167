namespace Send.Domain.Finance;

/// <summary>Who may approve a DSG block transfer (DSG reference, section 3).</summary>
/// <remarks>The default value is <see cref="SchoolsForum"/>.</remarks>
public enum TransferApprovalRoute
{
    /// <summary>The Schools Forum, for up to 0.5% of the Schools Block. This is the default value.</summary>
    SchoolsForum = 0,

    /// <summary>
    /// The Secretary of State on a disapplication request, for more than 0.5% or any amount the Forum refused.
    /// </summary>
    SecretaryOfStateDisapplication = 1,
}
