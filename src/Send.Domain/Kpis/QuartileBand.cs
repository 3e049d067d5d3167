namespace Send.Domain.Kpis;

/// <summary>LAIT's quartile band: A is the best quarter of councils, D the worst, following polarity.</summary>
/// <remarks>The default value is <see cref="A"/>; a missing band is expressed as a null <see cref="QuartileBand"/>.</remarks>
public enum QuartileBand
{
    /// <summary>The best quarter (LAIT shades it green).</summary>
    A = 0,

    /// <summary>The second quarter.</summary>
    B = 1,

    /// <summary>The third quarter.</summary>
    C = 2,

    /// <summary>The worst quarter (LAIT shades it red).</summary>
    D = 3,
}
