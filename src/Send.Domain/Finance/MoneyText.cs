using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Send.Domain.Finance;

/// <summary>Reads amounts written the way council papers write them. Used by <see cref="Money.Parse(string)"/> and <see cref="MoneyFormat.Parse"/>.</summary>
internal static class MoneyText
{
    /// <summary>The forms listed in every parse error.</summary>
    internal const string AcceptedForms =
        "£17,000, £17,000.50, £15.4m, £2.233m, £740 million, £1bn, £1 billion or £350k, with a negative as -£0.194m or (£0.194m)";

    private static readonly Regex Number = new(
        @"^(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline,
        TimeSpan.FromSeconds(1));

    internal static bool TryParse(string text, MoneyStyle? bareUnit, out Money value, out string error)
    {
        value = Money.Zero;
        error = Describe(text, bareUnit);
        var s = text.Trim();
        var negative = false;
        if (s.Length >= 2 && s[0] == '(' && s[s.Length - 1] == ')')
        {
            negative = true;
            s = s.Substring(1, s.Length - 2).Trim();
        }

        if (s.Length > 0 && IsMinus(s[0]))
        {
            if (negative)
            {
                return false;
            }

            negative = true;
            s = s.Substring(1).TrimStart();
        }

        var symbol = false;
        if (s.Length > 0 && s[0] == '£')
        {
            symbol = true;
            s = s.Substring(1).TrimStart();
            if (s.Length > 0 && IsMinus(s[0]))
            {
                if (negative)
                {
                    return false;
                }

                negative = true;
                s = s.Substring(1);
            }
        }

        var match = Number.Match(s);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (match.Groups["frac"].Success)
        {
            digits += "." + match.Groups["frac"].Value;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        decimal multiplier;
        switch (match.Groups["rest"].Value.Trim().ToLowerInvariant())
        {
            case "":
                if (symbol)
                {
                    multiplier = 1m;
                }
                else if (bareUnit is MoneyStyle unit)
                {
                    multiplier = unit switch
                    {
                        MoneyStyle.Millions => 1_000_000m,
                        MoneyStyle.Billions => 1_000_000_000m,
                        _ => 1m,
                    };
                }
                else
                {
                    return false;
                }

                break;
            case "k":
            case "thousand":
                multiplier = 1_000m;
                break;
            case "m":
            case "mn":
            case "million":
            case "millions":
                multiplier = 1_000_000m;
                break;
            case "b":
            case "bn":
            case "billion":
            case "billions":
                multiplier = 1_000_000_000m;
                break;
            default:
                return false;
        }

        try
        {
            var pounds = number * multiplier;
            value = Money.FromPounds(negative ? -pounds : pounds);
        }
        catch (OverflowException)
        {
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static bool IsMinus(char c) => c is '-' or '\u2212' or '\u2013';

    private static string Describe(string text, MoneyStyle? bareUnit)
    {
        var bare = bareUnit switch
        {
            MoneyStyle.Millions => "; a bare number such as 35.214 is read as £m",
            MoneyStyle.Billions => "; a bare number is read as £bn",
            MoneyStyle.Pounds or MoneyStyle.Auto => "; a bare number is read as pounds",
            _ => string.Empty,
        };
        return $"'{text}' is not an amount of money Send can read. Accepted forms: {AcceptedForms}{bare}.";
    }
}
