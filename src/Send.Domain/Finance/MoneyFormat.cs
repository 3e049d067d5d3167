using System;
using System.Globalization;
using System.Linq;

namespace Send.Domain.Finance;

/// <summary>
/// A house style for writing <see cref="Money"/>: the unit (£, £m, £bn or chosen by size), the number of decimal
/// places, whether to show the £ sign, how to show negatives, and whether to drop trailing zeros.
/// </summary>
/// <remarks>
/// <para>
/// Formats are immutable; the <c>With...</c> methods return new ones. Output is always en-GB (comma thousands
/// separator, full stop decimal point) whatever the current culture, because council papers are written that way.
/// </para>
/// <para>
/// Rounding for display uses <see cref="MidpointRounding.AwayFromZero"/> like Excel's <c>ROUND</c> (DSG reference,
/// section 11). A value that rounds to zero is written without a sign. <see cref="Parse"/> reads back any text
/// this format writes, giving the amount rounded to this format's precision.
/// </para>
/// </remarks>
public sealed class MoneyFormat
{
    private MoneyFormat(MoneyStyle style, int decimals, bool showSymbol, NegativeStyle negative, bool trimTrailingZeros)
    {
        if (decimals is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "A money format shows 0 to 12 decimal places.");
        }

        if (!Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown money style.");
        }

        if (!Enum.IsDefined(negative))
        {
            throw new ArgumentOutOfRangeException(nameof(negative), negative, "Unknown negative style.");
        }

        Style = style;
        Decimals = decimals;
        ShowSymbol = showSymbol;
        Negative = negative;
        TrimTrailingZeros = trimTrailingZeros;
    }

    /// <summary>Whole pounds with the £ sign: <c>£17,000</c>, <c>-£6,000</c>.</summary>
    public static MoneyFormat Pounds { get; } = new(MoneyStyle.Pounds, 0, true, NegativeStyle.MinusSign, false);

    /// <summary>Pounds and pence: <c>£17,000.50</c>.</summary>
    public static MoneyFormat PoundsAndPence { get; } = new(MoneyStyle.Pounds, 2, true, NegativeStyle.MinusSign, false);

    /// <summary>The table style of council finance papers: £m to 3 places without a symbol, <c>35.214</c>, <c>-6.700</c>.</summary>
    public static MoneyFormat Table { get; } = new(MoneyStyle.Millions, 3, false, NegativeStyle.MinusSign, false);

    /// <summary>
    /// Narrative text: the unit chosen by size, one decimal place at most, trailing zeros dropped:
    /// <c>£1bn</c>, <c>£740m</c>, <c>£15.4m</c>, <c>£17,000</c>.
    /// </summary>
    public static MoneyFormat Narrative { get; } = new(MoneyStyle.Auto, 1, true, NegativeStyle.MinusSign, true);

    /// <summary>The unit amounts are written in.</summary>
    public MoneyStyle Style { get; }

    /// <summary>Decimal places of the unit (of £1 for <see cref="MoneyStyle.Pounds"/>, of £1m for millions).</summary>
    public int Decimals { get; }

    /// <summary>Whether the £ sign is written.</summary>
    public bool ShowSymbol { get; }

    /// <summary>How negative amounts are written.</summary>
    public NegativeStyle Negative { get; }

    /// <summary>Whether trailing zeros after the decimal point are dropped (<c>£1bn</c> rather than <c>£1.0bn</c>).</summary>
    public bool TrimTrailingZeros { get; }

    /// <summary>£m to <paramref name="decimals"/> places with the £ sign: <c>£15.4m</c>, <c>£2.233m</c>.</summary>
    /// <param name="decimals">Decimal places of £1m, 0 to 12.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12.</exception>
    public static MoneyFormat Millions(int decimals) => new(MoneyStyle.Millions, decimals, true, NegativeStyle.MinusSign, false);

    /// <summary>£bn to <paramref name="decimals"/> places with the £ sign: <c>£10.5bn</c>.</summary>
    /// <param name="decimals">Decimal places of £1bn, 0 to 12.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12.</exception>
    public static MoneyFormat Billions(int decimals) => new(MoneyStyle.Billions, decimals, true, NegativeStyle.MinusSign, false);

    /// <summary>Table style (£m without symbol) to <paramref name="decimals"/> places.</summary>
    /// <param name="decimals">Decimal places of £1m, 0 to 12.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12.</exception>
    public static MoneyFormat TableOf(int decimals) => new(MoneyStyle.Millions, decimals, false, NegativeStyle.MinusSign, false);

    /// <summary>This format with a different negative style, for example brackets: <c>(£0.194m)</c>.</summary>
    /// <param name="negative">The negative style.</param>
    /// <returns>The new format.</returns>
    public MoneyFormat WithNegative(NegativeStyle negative) => new(Style, Decimals, ShowSymbol, negative, TrimTrailingZeros);

    /// <summary>This format with a different number of decimal places.</summary>
    /// <param name="decimals">Decimal places, 0 to 12.</param>
    /// <returns>The new format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12.</exception>
    public MoneyFormat WithDecimals(int decimals) => new(Style, decimals, ShowSymbol, Negative, TrimTrailingZeros);

    /// <summary>This format with or without the £ sign.</summary>
    /// <param name="showSymbol">Whether to write the £ sign.</param>
    /// <returns>The new format.</returns>
    public MoneyFormat WithSymbol(bool showSymbol) => new(Style, Decimals, showSymbol, Negative, TrimTrailingZeros);

    /// <summary>This format with or without trailing zeros dropped.</summary>
    /// <param name="trim">Whether to drop trailing zeros after the decimal point.</param>
    /// <returns>The new format.</returns>
    public MoneyFormat WithTrailingZerosTrimmed(bool trim) => new(Style, Decimals, ShowSymbol, Negative, trim);

    /// <summary>
    /// The amount this format would show for <paramref name="value"/>: rounded half away from zero to the
    /// format's precision in the unit it would choose.
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <returns>The rounded amount.</returns>
    public Money RoundAsShown(Money value)
    {
        var (unit, decimals) = UnitFor(value);
        var scaled = decimal.Round(value.Pounds / Divisor(unit), decimals, MidpointRounding.AwayFromZero);
        return Money.FromPounds(scaled * Divisor(unit));
    }

    /// <summary>Writes <paramref name="value"/> in this style.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The text, for example <c>£84.5m</c> or <c>(0.194)</c>.</returns>
    public string Format(Money value)
    {
        var (unit, decimals) = UnitFor(value);
        var scaled = decimal.Round(value.Pounds / Divisor(unit), decimals, MidpointRounding.AwayFromZero);
        var body = Math.Abs(scaled).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (TrimTrailingZeros && body.Contains('.', StringComparison.Ordinal))
        {
            body = body.TrimEnd('0').TrimEnd('.');
        }

        // Without the £ sign the unit is the table's (a column headed £m), so no suffix either, unless the unit
        // is chosen by size, when the suffix is the only thing saying which unit it is.
        if (ShowSymbol || Style == MoneyStyle.Auto)
        {
            body = (ShowSymbol ? "£" : string.Empty) + body + unit switch
            {
                MoneyStyle.Millions => "m",
                MoneyStyle.Billions => "bn",
                _ => string.Empty,
            };
        }

        if (scaled >= 0m)
        {
            return body;
        }

        return Negative == NegativeStyle.Brackets ? "(" + body + ")" : "-" + body;
    }

    /// <summary>
    /// Reads an amount in any form <see cref="Money.Parse(string)"/> accepts; in a format without the £ sign (the
    /// table style) a bare number such as <c>35.214</c> is read in this format's unit.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an accepted form; the message quotes it and lists the forms.</exception>
    public Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>Reads an amount as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The amount, or zero when not accepted.</param>
    /// <returns>Whether the text was accepted.</returns>
    public bool TryParse(string? text, out Money value) => TryParse(text, out value, out _);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Style} to {Decimals} dp{(ShowSymbol ? " with £" : string.Empty)}, negatives {Negative}{(TrimTrailingZeros ? ", trailing zeros dropped" : string.Empty)}";

    /// <summary>Whether <paramref name="format"/> is one of Send's short format strings (P, p, N, M<i>n</i>, B<i>n</i>, T<i>n</i>) rather than a .NET standard one.</summary>
    internal static bool IsSendFormatString(string format) =>
        format is "P" or "p" or "N"
        || (format.Length >= 1 && format[0] is 'M' or 'B' or 'T'
            && (format.Length == 1 || (format.Length <= 3 && format.Skip(1).All(char.IsAsciiDigit))));

    internal static MoneyFormat FromFormatString(string format)
    {
        var letter = format[0];
        var digits = format.Length > 1 ? format.Substring(1) : null;
        int? places = null;
        if (digits is not null)
        {
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > 12)
            {
                throw new FormatException($"'{format}' is not a money format string; use P, p, N, M<n>, B<n> or T<n> (n from 0 to 12).");
            }

            places = parsed;
        }

        return letter switch
        {
            'P' when places is null => Pounds,
            'p' when places is null => PoundsAndPence,
            'N' when places is null => Narrative,
            'M' => Millions(places ?? 1),
            'B' => Billions(places ?? 1),
            'T' => TableOf(places ?? 3),
            _ => throw new FormatException($"'{format}' is not a money format string; use P, p, N, M<n>, B<n> or T<n> (n from 0 to 12)."),
        };
    }

    private bool TryParse(string? text, out Money value, out string error)
    {
        if (text is null)
        {
            value = Money.Zero;
            error = "No text was given.";
            return false;
        }

        MoneyStyle? bare = ShowSymbol ? null : (Style == MoneyStyle.Auto ? MoneyStyle.Pounds : Style);
        return MoneyText.TryParse(text, bare, out value, out error);
    }

    private (MoneyStyle Unit, int Decimals) UnitFor(Money value)
    {
        if (Style != MoneyStyle.Auto)
        {
            return (Style, Decimals);
        }

        // Choose the unit on the figure as it will be shown, so that rounding up never prints £1,000,000 or
        // £1,000m: £999,999.50 shows as £1m and £999,950,000 as £1bn.
        var size = Math.Abs(value.Pounds);
        if (size >= 1_000_000_000m || decimal.Round(size / 1_000_000m, Decimals, MidpointRounding.AwayFromZero) >= 1_000m)
        {
            return (MoneyStyle.Billions, Decimals);
        }

        if (size >= 1_000_000m || decimal.Round(size, 0, MidpointRounding.AwayFromZero) >= 1_000_000m)
        {
            return (MoneyStyle.Millions, Decimals);
        }

        return (MoneyStyle.Pounds, 0);
    }

    private static decimal Divisor(MoneyStyle unit) => unit switch
    {
        MoneyStyle.Millions => 1_000_000m,
        MoneyStyle.Billions => 1_000_000_000m,
        _ => 1m,
    };
}
