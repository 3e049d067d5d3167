using System;
using System.Collections.Generic;
using System.Globalization;
using Send.Domain.Finance;

namespace Send.Reporting.Styling;

/// <summary>
/// The cell fills for RAG statuses, owned by the house style: stored in the reference document's settings as the
/// document variables <c>SendRagRed</c>, <c>SendRagAmber</c> and <c>SendRagGreen</c> (six hex digits each).
/// </summary>
/// <remarks>
/// A reference document without those variables gets <see cref="Default"/> (light tints that keep black text
/// readable: red FFC7CE, amber FFEB9C, green C6EFCE). Templates never contain colours; they write a status with the
/// <c>rag</c> function and the renderer looks the fill up here.
/// </remarks>
public sealed class RagPalette
{
    /// <summary>The prefix of the document variables that hold the palette.</summary>
    public const string VariablePrefix = "SendRag";

    private readonly IReadOnlyDictionary<RagStatus, string> fills;

    /// <summary>Creates a palette.</summary>
    /// <param name="red">The red fill, six hex digits.</param>
    /// <param name="amber">The amber fill.</param>
    /// <param name="green">The green fill.</param>
    /// <exception cref="ArgumentException">A fill is not six hex digits.</exception>
    public RagPalette(string red, string amber, string green)
    {
        fills = new Dictionary<RagStatus, string>
        {
            [RagStatus.Red] = Check(red, nameof(red)),
            [RagStatus.Amber] = Check(amber, nameof(amber)),
            [RagStatus.Green] = Check(green, nameof(green)),
        };
    }

    /// <summary>The default palette.</summary>
    public static RagPalette Default { get; } = new("FFC7CE", "FFEB9C", "C6EFCE");

    /// <summary>The fill for a status, six upper-case hex digits.</summary>
    /// <param name="status">Red, amber or green (Send.Domain's <see cref="RagStatus"/>).</param>
    /// <returns>The fill colour.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is <see cref="RagStatus.NotRated"/>, which has no fill.</exception>
    public string Fill(RagStatus status) =>
        fills.TryGetValue(status, out var fill) ? fill : throw new ArgumentOutOfRangeException(nameof(status), status, "Only red, amber and green have a fill.");

    /// <summary>The document variable name for a status, e.g. <c>SendRagGreen</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The variable name.</returns>
    public static string VariableName(RagStatus status) => VariablePrefix + RagStatusText.Label(status);

    internal static bool IsColour(string? value) =>
        value is { Length: 6 } && int.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _);

    private static string Check(string value, string name) =>
        IsColour(value) ? value.ToUpperInvariant() : throw new ArgumentException($"a RAG fill must be six hex digits (found '{value}')", name);
}
