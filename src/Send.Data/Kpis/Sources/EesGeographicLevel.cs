namespace Send.Data.Kpis.Sources;

/// <summary>The <c>geographic_level</c> of a row in an explore-education-statistics (EES) data file.</summary>
public enum EesGeographicLevel
{
    /// <summary><c>National</c> (England). This is the default value.</summary>
    National = 0,

    /// <summary><c>Regional</c>.</summary>
    Regional = 1,

    /// <summary><c>Local authority</c>.</summary>
    LocalAuthority = 2,

    /// <summary>Any other level the file uses (kept, not interpreted).</summary>
    Other = 3,
}
