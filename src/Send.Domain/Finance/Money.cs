using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Send.Domain.Finance;

/// <summary>
/// An amount of money in pounds sterling, held exactly as a <see cref="decimal"/> number of pounds.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Money"/> is not a <see cref="decimal"/>: adding a plain number to it, or comparing it with one, does
/// not compile. There is deliberately no conversion of any kind from <see cref="double"/> or <see cref="float"/>
/// (binary floating point cannot hold 0.1 exactly, and council tables are reconciled to the penny or to £1,000).
/// Create values with <see cref="FromPounds"/> or <see cref="FromMillions"/>.
/// </para>
/// <para>
/// Values are not rounded on creation or by arithmetic: <c>£1 ÷ 3</c> keeps decimal's 28 significant digits. Round
/// explicitly with <see cref="Round(int, MidpointRounding)"/> or <see cref="RoundToPennies()"/> at the point a
/// paper would round; the default midpoint rule is <see cref="MidpointRounding.AwayFromZero"/>, which is what
/// Excel's <c>ROUND</c> does and therefore what council spreadsheets show (DSG reference, section 11).
/// </para>
/// <para>
/// Equality and ordering are those of the underlying decimal amount, so <c>£1.50</c> equals <c>£1.5</c>.
/// The default value is <see cref="Zero"/>. Arithmetic that leaves decimal's range throws
/// <see cref="OverflowException"/>; it never wraps.
/// </para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    private const decimal PoundsPerMillion = 1_000_000m;

    private readonly decimal pounds;

    private Money(decimal pounds)
    {
        this.pounds = pounds;
    }

    /// <summary>Nothing: £0. This is also the default value of the type.</summary>
    public static Money Zero => default;

    /// <summary>The amount in pounds, exactly as held (not rounded).</summary>
    public decimal Pounds => pounds;

    /// <summary>The amount in millions of pounds, exactly (for example 35.214 for £35,214,000).</summary>
    public decimal Millions => pounds / PoundsPerMillion;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => pounds < 0m;

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => pounds == 0m;

    /// <summary>-1, 0 or 1 as the amount is negative, zero or positive.</summary>
    public int Sign => Math.Sign(pounds);

    /// <summary>Creates an amount from a number of pounds, which may have any number of decimal places.</summary>
    /// <param name="pounds">The amount in pounds, for example <c>17000m</c>.</param>
    /// <returns>The amount.</returns>
    public static Money FromPounds(decimal pounds) => new(pounds);

    /// <summary>Creates an amount from a number of millions of pounds, as council tables print them.</summary>
    /// <param name="millions">The amount in £m, for example <c>35.214m</c> for £35,214,000.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="OverflowException">The amount is too large for decimal.</exception>
    public static Money FromMillions(decimal millions) => new(millions * PoundsPerMillion);

    /// <summary>Creates an amount from a number of billions of pounds.</summary>
    /// <param name="billions">The amount in £bn.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="OverflowException">The amount is too large for decimal.</exception>
    public static Money FromBillions(decimal billions) => new(billions * 1_000_000_000m);

    /// <summary>Adds up a sequence of amounts; an empty sequence sums to <see cref="Zero"/>.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The exact total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0m;
        foreach (var amount in amounts)
        {
            total += amount.pounds;
        }

        return new Money(total);
    }

    /// <summary>The larger of two amounts.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money a, Money b) => a.pounds >= b.pounds ? a : b;

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money a, Money b) => a.pounds <= b.pounds ? a : b;

    /// <summary>The amount without its sign.</summary>
    /// <returns>The absolute amount.</returns>
    public Money Abs() => new(Math.Abs(pounds));

    /// <summary>
    /// Rounds to <paramref name="decimals"/> decimal places of a pound with an explicit midpoint rule.
    /// </summary>
    /// <param name="decimals">Decimal places of a pound, 0 to 28 (2 for pennies).</param>
    /// <param name="mode">How to round halves; council spreadsheets use <see cref="MidpointRounding.AwayFromZero"/>.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        if (decimals is < 0 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimal places must be between 0 and 28.");
        }

        return new Money(decimal.Round(pounds, decimals, mode));
    }

    /// <summary>
    /// Rounds to <paramref name="decimals"/> decimal places of a pound, halves away from zero (Excel's <c>ROUND</c>).
    /// </summary>
    /// <param name="decimals">Decimal places of a pound, 0 to 28.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals) => Round(decimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to a whole number of millions at <paramref name="decimals"/> places (3 for a table's £1,000).</summary>
    /// <param name="decimals">Decimal places of £1m, 0 to 22.</param>
    /// <param name="mode">How to round halves.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 22.</exception>
    public Money RoundToMillions(int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        if (decimals is < 0 or > 22)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimal places of £1m must be between 0 and 22.");
        }

        return FromMillions(decimal.Round(Millions, decimals, mode));
    }

    /// <summary>Rounds to whole pennies with the given midpoint rule.</summary>
    /// <param name="mode">How to round halves.</param>
    /// <returns>The rounded amount.</returns>
    public Money RoundToPennies(MidpointRounding mode) => Round(2, mode);

    /// <summary>Rounds to whole pennies, halves away from zero.</summary>
    /// <returns>The rounded amount.</returns>
    public Money RoundToPennies() => Round(2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> equal shares of whole pennies that add up to it exactly; the
    /// first shares take the odd pennies, so no two shares differ by more than a penny.
    /// </summary>
    /// <param name="parts">How many shares; at least 1.</param>
    /// <returns>The shares, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of pennies (round it first).</exception>
    public IReadOnlyList<Money> Allocate(int parts)
    {
        if (parts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, "An amount can only be split into one or more parts.");
        }

        var ratios = new decimal[parts];
        Array.Fill(ratios, 1m);
        return AllocateByRatios(ratios);
    }

    /// <summary>
    /// Splits the amount into shares of whole pennies in proportion to <paramref name="ratios"/>, adding up to it
    /// exactly. Each share is its exact proportion rounded towards zero; the pennies left over go one each to the
    /// shares with the largest remainders (earlier shares first on a tie), the largest remainder method.
    /// </summary>
    /// <param name="ratios">Two or more non-negative weights, at least one of them positive.</param>
    /// <returns>One share per ratio, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are fewer than two ratios (<c>Allocate(3m)</c> would be one part, the whole: for equal parts call
    /// <see cref="Allocate(int)"/> with a whole number), one is negative, or all are zero.
    /// </exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of pennies (round it first).</exception>
    public IReadOnlyList<Money> Allocate(params decimal[] ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        if (ratios.Length < 2)
        {
            // Allocate(3m) binds here with one ratio: that is one part, never what was meant.
            throw new ArgumentException(
                ratios.Length == 0
                    ? "At least two ratios are required."
                    : $"One ratio ({ratios[0].ToString(CultureInfo.InvariantCulture)}) gives one part, the whole amount. To split into {ratios[0].ToString(CultureInfo.InvariantCulture)} equal parts, pass a whole number: Allocate({decimal.Truncate(ratios[0]).ToString(CultureInfo.InvariantCulture)}); for shares, pass two or more ratios.",
                nameof(ratios));
        }

        if (ratios.Any(r => r < 0m))
        {
            throw new ArgumentException("Ratios must not be negative.", nameof(ratios));
        }

        return AllocateByRatios(ratios);
    }

    private IReadOnlyList<Money> AllocateByRatios(decimal[] ratios)
    {
        var totalRatio = ratios.Sum();
        if (totalRatio == 0m)
        {
            throw new ArgumentException("At least one ratio must be positive.", nameof(ratios));
        }

        var pennies = pounds * 100m;
        if (pennies != decimal.Truncate(pennies))
        {
            throw new InvalidOperationException(
                $"{pounds.ToString(CultureInfo.InvariantCulture)} pounds is not a whole number of pennies; call RoundToPennies() before allocating.");
        }

        var sign = Math.Sign(pennies);
        var whole = Math.Abs(pennies);
        var shares = new decimal[ratios.Length];
        var remainders = new decimal[ratios.Length];
        var allocated = 0m;
        for (var i = 0; i < ratios.Length; i++)
        {
            var exact = whole * (ratios[i] / totalRatio);
            shares[i] = decimal.Truncate(exact);
            remainders[i] = exact - shares[i];
            allocated += shares[i];
        }

        var left = whole - allocated;
        foreach (var index in Enumerable.Range(0, ratios.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i))
        {
            if (left <= 0m)
            {
                break;
            }

            if (ratios[index] == 0m)
            {
                continue;
            }

            shares[index] += 1m;
            left -= 1m;
        }

        // Rounding inside decimal division can in theory leave a penny unplaced; give it to the largest ratio.
        if (left != 0m)
        {
            var largest = Array.IndexOf(ratios, ratios.Max());
            shares[largest] += left;
        }

        return shares.Select(s => new Money(sign * s / 100m)).ToArray();
    }

    /// <summary>Formats the amount in the given house style.</summary>
    /// <param name="format">The style, for example <see cref="MoneyFormat.Millions(int)"/>.</param>
    /// <returns>The text, for example <c>£15.4m</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    public string ToString(MoneyFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Format(this);
    }

    /// <summary>
    /// Formats the amount in whole pounds with thousands separators (<c>£17,000</c>), or with pennies when it has
    /// any (<c>£17,000.50</c>); more precise amounts are rounded to pennies for display only.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => (RoundToPennies().pounds == decimal.Truncate(RoundToPennies().pounds)
        ? MoneyFormat.Pounds
        : MoneyFormat.PoundsAndPence).Format(this);

    /// <summary>
    /// Formats with a format string. Send's own: <c>P</c> whole pounds, <c>p</c> pounds and pence, <c>M</c><i>n</i>
    /// £m to <i>n</i> places, <c>B</c><i>n</i> £bn, <c>T</c><i>n</i> table style (£m without symbol), <c>N</c>
    /// narrative; these always write en-GB forms. <c>R</c> is the round-trip form: every digit of the amount in
    /// pounds (<c>£2233333.3333333333333333333</c>), which <see cref="Parse"/> reads back to an equal value. Any
    /// other .NET standard numeric format (<c>N0</c>, <c>N2</c>, <c>C</c>, <c>C0</c>, <c>F2</c>, <c>G</c>) formats the
    /// amount in pounds with <paramref name="formatProvider"/>, or, when that is null, with invariant digits and a £
    /// currency symbol, so <c>$"{m:N0}"</c> gives <c>17,000</c> and <c>$"{m:C0}"</c> gives <c>£17,000</c>.
    /// </summary>
    /// <param name="format">The format string, or null for <see cref="ToString()"/>.</param>
    /// <param name="formatProvider">The culture for standard numeric formats, or null; ignored by Send's own formats.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format string is neither Send's nor a .NET standard numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format))
        {
            return ToString();
        }

        if (format == "R")
        {
            return (pounds < 0m ? "-£" : "£") + Math.Abs(pounds).ToString(CultureInfo.InvariantCulture);
        }

        if (MoneyFormat.IsSendFormatString(format))
        {
            return MoneyFormat.FromFormatString(format).Format(this);
        }

        return pounds.ToString(format, formatProvider ?? PoundsNumberFormat);
    }

    private static readonly NumberFormatInfo PoundsNumberFormat = CreatePoundsNumberFormat();

    private static NumberFormatInfo CreatePoundsNumberFormat()
    {
        var info = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        info.CurrencySymbol = "£";
        info.CurrencyNegativePattern = 1; // -£n
        info.CurrencyPositivePattern = 0; // £n
        return NumberFormatInfo.ReadOnly(info);
    }

    /// <summary>
    /// Reads an amount written the way council papers write it: <c>£17,000</c>, <c>£17,000.50</c>, <c>£15.4m</c>,
    /// <c>£2.233m</c>, <c>£740 million</c>, <c>£1bn</c>, <c>£1 billion</c>, <c>£350k</c>, with a negative shown as
    /// <c>-£0.194m</c> or <c>(£0.194m)</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount, exactly as written (not rounded).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the accepted forms; the message quotes it and lists them.</exception>
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MoneyText.TryParse(text, null, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>Reads an amount as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The amount, or <see cref="Zero"/> when the text is not accepted.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(string? text, out Money value)
    {
        if (text is null)
        {
            value = Zero;
            return false;
        }

        return MoneyText.TryParse(text, null, out value, out _);
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => pounds == other.pounds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => pounds.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Money other) => pounds.CompareTo(other.pounds);

    /// <summary>Compares with another boxed <see cref="Money"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The usual comparison result.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Money can only be compared with Money.", nameof(obj)),
    };

    /// <summary>Adds two amounts exactly.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => new(left.pounds + right.pounds);

    /// <summary>Subtracts one amount from another exactly.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money left, Money right) => new(left.pounds - right.pounds);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Money operator -(Money value) => new(-value.pounds);

    /// <summary>Multiplies an amount by a number (a count, a rate, a percentage as a fraction).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The multiplier.</param>
    /// <returns>The product, unrounded.</returns>
    public static Money operator *(Money left, decimal right) => new(left.pounds * right);

    /// <summary>Multiplies an amount by a number.</summary>
    /// <param name="left">The multiplier.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product, unrounded.</returns>
    public static Money operator *(decimal left, Money right) => new(left * right.pounds);

    /// <summary>Divides an amount by a number.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient to decimal's precision, unrounded.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Money operator /(Money left, decimal right) => new(left.pounds / right);

    /// <summary>The ratio of two amounts, for example a variance over a plan.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The ratio as a plain number.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Money left, Money right) => left.pounds / right.pounds;

    /// <summary>Equality of amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Ordering of amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Money left, Money right) => left.pounds < right.pounds;

    /// <summary>Ordering of amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(Money left, Money right) => left.pounds > right.pounds;

    /// <summary>Ordering of amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.pounds <= right.pounds;

    /// <summary>Ordering of amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.pounds >= right.pounds;
}
