using System;
using System.Collections.Generic;
using System.Globalization;

namespace Send.Domain.Kpis;

/// <summary>
/// One published KPI figure: either a number or a status saying why there is no number (suppressed, not available,
/// not applicable, low, low reliability, missing), with optional provisional/revised flags.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="KpiValue"/> is not a <see cref="decimal"/>: a suppressed cell has no number, and nothing in Send
/// turns it into zero. Calculations carry the status through: the difference of a number and a suppressed value is
/// suppressed; a comparison against it is <see cref="Verdict.NotComparable"/>; a RAG rating of it is
/// <see cref="Rag.RagColour.NoRating"/>.
/// </para>
/// <para>
/// Equality is structural: status, number and flags. The default value is the number 0 with no flags.
/// </para>
/// </remarks>
public readonly struct KpiValue : IEquatable<KpiValue>
{
    private readonly decimal number;

    private KpiValue(KpiValueStatus status, decimal number, KpiValueFlags flags)
    {
        Status = status;
        this.number = number;
        Flags = flags;
    }

    /// <summary>What this value holds.</summary>
    public KpiValueStatus Status { get; }

    /// <summary>The provisional/revised qualifiers.</summary>
    public KpiValueFlags Flags { get; }

    /// <summary>True when the value is a number.</summary>
    public bool HasNumber => Status == KpiValueStatus.Number;

    /// <summary>The number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number (check <see cref="HasNumber"/> or use <see cref="TryGetNumber"/>).</exception>
    public decimal Number => HasNumber
        ? number
        : throw new InvalidOperationException($"The KPI value is {Symbol(Status)} ({Status}), not a number.");

    /// <summary>A suppressed value (<c>c</c>).</summary>
    public static KpiValue Suppressed => new(KpiValueStatus.Suppressed, 0m, KpiValueFlags.None);

    /// <summary>A not-available value (<c>x</c>).</summary>
    public static KpiValue NotAvailable => new(KpiValueStatus.NotAvailable, 0m, KpiValueFlags.None);

    /// <summary>A not-applicable value (<c>z</c>).</summary>
    public static KpiValue NotApplicable => new(KpiValueStatus.NotApplicable, 0m, KpiValueFlags.None);

    /// <summary>A low, non-zero value (<c>low</c>).</summary>
    public static KpiValue LowNonZero => new(KpiValueStatus.LowNonZero, 0m, KpiValueFlags.None);

    /// <summary>A low-reliability value (<c>u</c>).</summary>
    public static KpiValue LowReliability => new(KpiValueStatus.LowReliability, 0m, KpiValueFlags.None);

    /// <summary>A missing value (<c>-</c>).</summary>
    public static KpiValue Missing => new(KpiValueStatus.Missing, 0m, KpiValueFlags.None);

    /// <summary>Creates a numeric value.</summary>
    /// <param name="value">The number as published.</param>
    /// <param name="flags">Qualifiers.</param>
    /// <returns>The value.</returns>
    public static KpiValue Of(decimal value, KpiValueFlags flags = KpiValueFlags.None) => new(KpiValueStatus.Number, value, flags);

    /// <summary>Creates a value with the given status and no number.</summary>
    /// <param name="status">Any status but <see cref="KpiValueStatus.Number"/>.</param>
    /// <param name="flags">Qualifiers.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is <see cref="KpiValueStatus.Number"/> (use <see cref="Of"/>).</exception>
    public static KpiValue WithStatus(KpiValueStatus status, KpiValueFlags flags = KpiValueFlags.None) =>
        status == KpiValueStatus.Number
            ? throw new ArgumentException("Use KpiValue.Of for numbers.", nameof(status))
            : new KpiValue(status, 0m, flags);

    /// <summary>Gets the number when there is one.</summary>
    /// <param name="value">The number, or 0 when there is none.</param>
    /// <returns>True when the value is a number.</returns>
    public bool TryGetNumber(out decimal value)
    {
        value = number;
        return HasNumber;
    }

    /// <summary>Returns this value with extra flags.</summary>
    /// <param name="flags">Flags to add.</param>
    /// <returns>The flagged value.</returns>
    public KpiValue WithFlags(KpiValueFlags flags) => new(Status, number, Flags | flags);

    /// <summary>Rounds the number (if any) to <paramref name="decimals"/> places, half away from zero.</summary>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <returns>The rounded value; non-numbers are returned unchanged.</returns>
    public KpiValue Round(int decimals) =>
        HasNumber ? new KpiValue(Status, decimal.Round(number, decimals, MidpointRounding.AwayFromZero), Flags) : this;

    /// <summary>
    /// Subtracts <paramref name="other"/> from this value. When either has no number the result has no number: its
    /// status is this value's status if this has none, otherwise the other's, except that a difference involving a
    /// <see cref="KpiValueStatus.LowNonZero"/> value is <see cref="KpiValueStatus.NotAvailable"/>: <c>low</c> means
    /// "non-zero but rounds to zero", which the difference need not be. Flags are combined.
    /// </summary>
    /// <param name="other">The value to subtract.</param>
    /// <returns>The difference, or the carried-through status.</returns>
    public KpiValue Minus(KpiValue other)
    {
        var flags = Flags | other.Flags;
        if (!HasNumber)
        {
            return new KpiValue(Status == KpiValueStatus.LowNonZero ? KpiValueStatus.NotAvailable : Status, 0m, flags);
        }

        if (!other.HasNumber)
        {
            return new KpiValue(other.Status == KpiValueStatus.LowNonZero ? KpiValueStatus.NotAvailable : other.Status, 0m, flags);
        }

        return new KpiValue(KpiValueStatus.Number, number - other.number, flags);
    }

    /// <summary>
    /// Parses a published cell: a number (plain or with an exponent, as some DfE files carry), or a symbol
    /// (<c>c x z low k u : ~ - ..</c>, empty), optionally followed by a flag letter (<c>p</c>, <c>r</c>), as in
    /// <c>12.5 p</c> or <c>12.5p</c>.
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <param name="value">The parsed value.</param>
    /// <returns>True when the text is a number or a known symbol.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out KpiValue value)
    {
        text = text.Trim();
        var flags = KpiValueFlags.None;
        if (text.Length > 1 && !IsSymbolWord(text))
        {
            var last = char.ToLowerInvariant(text[text.Length - 1]);
            if (last == 'p' || last == 'r')
            {
                flags = last == 'p' ? KpiValueFlags.Provisional : KpiValueFlags.Revised;
                text = text.Slice(0, text.Length - 1).TrimEnd();
            }
        }

        if (TryParseSymbol(text, out var status))
        {
            value = new KpiValue(status, 0m, flags);
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            value = new KpiValue(KpiValueStatus.Number, parsed, flags);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses a published cell (see <see cref="TryParse"/>).</summary>
    /// <param name="text">The cell text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is neither a number nor a known symbol.</exception>
    public static KpiValue Parse(string text) =>
        TryParse((text ?? throw new ArgumentNullException(nameof(text))).AsSpan(), out var value)
            ? value
            : throw new FormatException($"'{text}' is not a number or a known statistical symbol (c, x, z, low, k, u, :, ~, -, ..).");

    /// <summary>Maps a symbol to its status; numbers are not symbols.</summary>
    /// <param name="symbol">The symbol text, already trimmed.</param>
    /// <param name="status">The status.</param>
    /// <returns>True when the text is a known symbol.</returns>
    public static bool TryParseSymbol(ReadOnlySpan<char> symbol, out KpiValueStatus status)
    {
        status = symbol.Length switch
        {
            0 => KpiValueStatus.Missing,
            1 => symbol[0] switch
            {
                'c' or 'C' => KpiValueStatus.Suppressed,
                'x' or 'X' => KpiValueStatus.NotAvailable,
                'z' or 'Z' or ':' => KpiValueStatus.NotApplicable,
                'k' or 'K' or '~' => KpiValueStatus.LowNonZero,
                'u' or 'U' => KpiValueStatus.LowReliability,
                '-' => KpiValueStatus.Missing,
                _ => KpiValueStatus.Number,
            },
            _ => symbol.Equals("low", StringComparison.OrdinalIgnoreCase) ? KpiValueStatus.LowNonZero
                : symbol.SequenceEqual("..") || symbol.Equals("NA", StringComparison.Ordinal) ? KpiValueStatus.Missing
                : KpiValueStatus.Number,
        };
        return status != KpiValueStatus.Number;
    }

    /// <summary>The canonical symbol of a status (<c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, <c>u</c>, <c>-</c>); empty for numbers.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(KpiValueStatus status) => status switch
    {
        KpiValueStatus.Suppressed => "c",
        KpiValueStatus.NotAvailable => "x",
        KpiValueStatus.NotApplicable => "z",
        KpiValueStatus.LowNonZero => "low",
        KpiValueStatus.LowReliability => "u",
        KpiValueStatus.Missing => "-",
        _ => string.Empty,
    };

    /// <summary>Formats the value for display: the number to <paramref name="decimals"/> places (half away from zero), or its symbol, then flag letters.</summary>
    /// <param name="decimals">Decimal places for numbers.</param>
    /// <returns>The display text.</returns>
    public string ToDisplayString(int decimals)
    {
        var core = HasNumber ? KpiUnitRanges.Format(number, decimals) : Symbol(Status);
        return core + FlagSuffix();
    }

    /// <inheritdoc />
    public override string ToString() =>
        (HasNumber ? number.ToString(CultureInfo.InvariantCulture) : Symbol(Status)) + FlagSuffix();

    /// <inheritdoc />
    public bool Equals(KpiValue other) => Status == other.Status && Flags == other.Flags && number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KpiValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Flags, number);

    /// <summary>Structural equality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KpiValue left, KpiValue right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KpiValue left, KpiValue right) => !left.Equals(right);

    private static bool IsSymbolWord(ReadOnlySpan<char> text) => text.Equals("low", StringComparison.OrdinalIgnoreCase);

    private string FlagSuffix() =>
        (Flags & KpiValueFlags.Provisional) != 0 ? " p" : (Flags & KpiValueFlags.Revised) != 0 ? " r" : string.Empty;

    /// <summary>The values that are numbers, as numbers.</summary>
    internal static IEnumerable<decimal> NumbersOf(IEnumerable<KpiValue> values)
    {
        foreach (var value in values)
        {
            if (value.HasNumber)
            {
                yield return value.number;
            }
        }
    }
}
