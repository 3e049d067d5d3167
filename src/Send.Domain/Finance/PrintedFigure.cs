using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Send.Domain.Finance;

/// <summary>
/// A figure as a council printed it (<c>"21.258"</c>, <c>"(0.194)"</c>, <c>"£1.2bn"</c>, <c>"1,234k"</c>, <c>"-"</c>):
/// its amount, and the precision its text shows, which is what rounding can hide.
/// </summary>
/// <remarks>
/// <para>
/// A bare number is read in the column's <see cref="FigureUnit"/>; a figure with a £ sign or a unit suffix (k, m,
/// bn, thousand, million, billion) says its own unit. Brackets or a leading minus make it negative. A dash
/// (<c>-</c>, <c>–</c>, <c>—</c>) or <c>nil</c> is nothing, exactly (<see cref="IsNil"/>).
/// </para>
/// <para>
/// <see cref="Decimals"/> is the precision in decimal places of £m, whatever unit the text used: <c>"21.258"</c>
/// in a £m column is 3, <c>"12.84"</c> is 2, <c>"1,234k"</c> is 3, <c>"£17,000"</c> is 6 and <c>"£1.2bn"</c> is −2
/// (it could be anything from £1,150m to £1,250m). A nil figure has no rounding and reports 12.
/// </para>
/// <para>Immutable; equality is structural. The default value is an exact zero read from no text.</para>
/// </remarks>
/// <param name="Amount">The amount.</param>
/// <param name="Decimals">The precision the text shows, in decimal places of £m (−12 to 12).</param>
/// <param name="Text">The text as printed.</param>
public readonly record struct PrintedFigure(Money Amount, int Decimals, string Text)
{
    /// <summary>The forms accepted, for error messages.</summary>
    public const string AcceptedForms =
        "a number as printed (21.258, 12.84, 1,234), negative as -0.194 or (0.194), with a unit if the text has one (£17,000, £15.4m, £740 million, £1.2bn, 1,234k), or - for nothing";

    private static readonly Regex Pattern = new(
        @"^(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?\s*(?<suffix>[A-Za-z]*)$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Whether the figure was printed as a dash or "nil": nothing, exactly.</summary>
    public bool IsNil => Amount.IsZero && Decimals == 12 && !string.IsNullOrEmpty(Text) && !char.IsDigit(Text.Trim()[0]);

    /// <summary>Reads a printed figure.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="unit">The unit of the column, for bare numbers.</param>
    /// <param name="figure">The figure, when the text could be read.</param>
    /// <param name="error">Why not, when it could not; empty otherwise.</param>
    /// <returns>Whether the text could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, FigureUnit unit, out PrintedFigure figure, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        figure = default;
        error = $"'{text}' is not a figure Send can read; expected {AcceptedForms}";
        var s = text.Trim().Replace('\u00a0', ' ');
        if (s is "-" or "\u2013" or "\u2014" || s.Equals("nil", StringComparison.OrdinalIgnoreCase))
        {
            figure = new PrintedFigure(Money.Zero, 12, text);
            error = string.Empty;
            return true;
        }

        var negative = false;
        if (s.Length >= 2 && s[0] == '(' && s[s.Length - 1] == ')')
        {
            negative = true;
            s = s.Substring(1, s.Length - 2).Trim();
        }

        if (s.Length > 0 && s[0] is '-' or '\u2212' or '\u2013')
        {
            if (negative)
            {
                return false;
            }

            negative = true;
            s = s.Substring(1).TrimStart();
        }

        var symbol = s.StartsWith('£');
        if (symbol)
        {
            s = s.Substring(1).TrimStart();
            if (s.Length > 0 && s[0] is '-' or '\u2212')
            {
                if (negative)
                {
                    return false;
                }

                negative = true;
                s = s.Substring(1);
            }
        }

        var match = Pattern.Match(s);
        if (!match.Success)
        {
            return false;
        }

        var frac = match.Groups["frac"].Success ? match.Groups["frac"].Value : string.Empty;
        var digits = match.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal) + (frac.Length > 0 ? "." + frac : string.Empty);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            error = $"'{text}' is too large to be an amount of money";
            return false;
        }

        int powerOfTen;
        switch (match.Groups["suffix"].Value.ToLowerInvariant())
        {
            case "":
                powerOfTen = symbol ? 0 : unit switch { FigureUnit.Thousands => 3, FigureUnit.Pounds => 0, _ => 6 };
                break;
            case "k":
            case "thousand":
                powerOfTen = 3;
                break;
            case "m":
            case "mn":
            case "million":
            case "millions":
                powerOfTen = 6;
                break;
            case "b":
            case "bn":
            case "billion":
            case "billions":
                powerOfTen = 9;
                break;
            default:
                return false;
        }

        var decimals = frac.Length - powerOfTen + 6;
        if (decimals is < -12 or > 12)
        {
            error = $"'{text}' has more decimal places than Send can keep (12 of £m)";
            return false;
        }

        try
        {
            var pounds = number * RoundingTolerance.Unit(-powerOfTen);
            figure = new PrintedFigure(Money.FromPounds(negative ? -pounds : pounds), decimals, text);
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large to be an amount of money";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Reads a printed figure.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="unit">The unit of the column, for bare numbers.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a figure; the message quotes it and lists the accepted forms.</exception>
    public static PrintedFigure Parse(string text, FigureUnit unit = FigureUnit.Millions) =>
        TryParse(text, unit, out var figure, out var error) ? figure : throw new FormatException(error);

    /// <summary>The text as printed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text ?? string.Empty;
}
