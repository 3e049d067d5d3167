using System;
using Send.Domain.Kpis;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// Fast parsing of the LAIT long file's values: plain decimals (<c>-12.345</c>) are read digit by digit into a
/// <see cref="decimal"/>, with double-precision noise removed by rounding the digits to 15 significant figures (half
/// away from zero) in integer arithmetic; anything else (exponents, symbols) goes through <see cref="KpiValue.TryParse"/>.
/// </summary>
internal static class LaitNumber
{
    private static readonly ulong[] Powers =
    {
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
    };

    public static bool TryParse(ReadOnlySpan<char> text, out KpiValue value) => TryParse(text, out value, out _);

    /// <summary>Parses a value, also giving the number exactly as the file writes it (before noise is removed): what LAIT ranks and bands.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out KpiValue value, out decimal raw)
    {
        if (TryParsePlain(text, out var number, out raw))
        {
            value = KpiValue.Of(number);
            return true;
        }

        raw = 0m;
        if (!KpiValue.TryParse(text, out value))
        {
            return false;
        }

        if (value.TryGetNumber(out var parsed))
        {
            raw = parsed;
            value = KpiValue.Of(LaitData.RemoveNoise(parsed), value.Flags);
        }

        return true;
    }

    private static bool TryParsePlain(ReadOnlySpan<char> text, out decimal number, out decimal raw)
    {
        number = 0m;
        raw = 0m;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var significant = 0;
        var scale = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }

            if (++digits > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            if (mantissa != 0)
            {
                significant++;
            }

            if (seenPoint)
            {
                scale++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        raw = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative && mantissa != 0, (byte)scale);
        var drop = significant - 15;
        if (drop > 0 && drop <= scale)
        {
            var divisor = Powers[drop];
            var remainder = mantissa % divisor;
            mantissa /= divisor;
            if (remainder * 2 >= divisor)
            {
                mantissa++;
            }

            scale -= drop;
        }

        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        number = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative && mantissa != 0, (byte)scale);
        return true;
    }
}
