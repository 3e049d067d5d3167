namespace Send.Reporting.Styling;

/// <summary>
/// Bounds on the house style file, checked before and while it is decompressed: a .docx is a zip, and a small zip can
/// decompress to gigabytes.
/// </summary>
/// <remarks>
/// Defaults: 64 MB for the file and for everything in it decompressed, 2,000 zip entries. A real house style (styles,
/// theme, a logo, embedded fonts) is well under 10 MB and 100 entries. Going over a limit is a problem naming the
/// file, the limit and this type, never a partly loaded style.
/// </remarks>
public sealed record HouseStyleLimits
{
    /// <summary>The defaults: 64 MB, 2,000 entries.</summary>
    public static HouseStyleLimits Default { get; } = new();

    /// <summary>The most bytes the file may have, and the most its entries may decompress to in total; 64 MB by default.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most zip entries the file may have; 2,000 by default.</summary>
    public int MaxEntries { get; init; } = 2000;
}
