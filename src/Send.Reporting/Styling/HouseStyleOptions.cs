namespace Send.Reporting.Styling;

/// <summary>How <see cref="HouseStyle.Load(string, HouseStyleOptions?)"/> treats a house style.</summary>
/// <remarks>The default (<see cref="Default"/>) supplies missing styles with a warning and applies <see cref="HouseStyleLimits.Default"/>.</remarks>
public sealed record HouseStyleOptions
{
    /// <summary>The defaults: lenient, default limits.</summary>
    public static HouseStyleOptions Default { get; } = new();

    /// <summary>
    /// Whether every style of <see cref="StyleIds.Contract"/> must be in the house style (by id or by name): when true,
    /// a style Send would otherwise supply is an error. False by default.
    /// </summary>
    public bool RequireAllStyles { get; init; }

    /// <summary>The size limits; <see cref="HouseStyleLimits.Default"/> by default.</summary>
    public HouseStyleLimits Limits { get; init; } = HouseStyleLimits.Default;
}
