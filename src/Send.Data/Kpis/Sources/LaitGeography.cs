namespace Send.Data.Kpis.Sources;

/// <summary>A row geography of the LAIT long file: a local authority, a region or England.</summary>
/// <param name="Number">The LA number (<c>LA Number</c>): below 970 a local authority; 970 England; 980–990 regions.</param>
/// <param name="Name">The name (<c>LA and Regions</c>).</param>
/// <param name="RegionName">The local authority's region as the long file writes it (<c>Outer London</c>), or null for England and regions.</param>
/// <param name="Index">The geography's position in <see cref="LaitData.Geographies"/>.</param>
public sealed record LaitGeography(int Number, string Name, string? RegionName, int Index)
{
    /// <summary>True for a local authority (LA number below 970), the only geographies that are ranked and banded.</summary>
    public bool IsLocalAuthority => Number < 970;

    /// <summary>True for England (970).</summary>
    public bool IsEngland => Number == 970;
}
