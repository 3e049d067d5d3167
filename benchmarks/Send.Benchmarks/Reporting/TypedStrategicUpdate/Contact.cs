namespace Send.Benchmarks.Reporting.TypedStrategicUpdate;

/// <summary>A person named in a contact or signature block: name, role and how to reach them.</summary>
/// <remarks>Immutable once read; every part but the name is optional.</remarks>
public sealed class Contact
{
    /// <summary>Gets the person's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the person's role or job title; null if none.</summary>
    public string? Role { get; init; }

    /// <summary>Gets a telephone number as printed; null if none.</summary>
    public string? Telephone { get; init; }

    /// <summary>Gets an e-mail address; null if none.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a postal address on one line; null if none.</summary>
    public string? Address { get; init; }
}
