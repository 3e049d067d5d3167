using System;

namespace Send.Domain.Finance;

/// <summary>
/// Powers and roots in <see cref="decimal"/>, so that growth rates never pass through binary floating point.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="NthRoot"/> uses Newton's iteration for <c>f(y) = yⁿ − x</c>:
/// <c>y ← ((n − 1)·y + x / yⁿ⁻¹) / n</c>, starting from <c>y₀ = 1 + (x − 1)/n</c>. By Bernoulli's inequality
/// <c>y₀ⁿ ≥ x</c>, so the start is at or above the root, and because <c>f</c> is convex and increasing for
/// <c>y &gt; 0</c> every step moves down towards the root without overshooting. The loop stops when a step no
/// longer decreases <c>y</c>, that is when decimal's precision is exhausted. <c>x / yⁿ⁻¹</c> is computed by
/// repeated division so intermediate values never overflow.
/// </para>
/// <para>
/// Precision: decimal carries 28 to 29 significant digits and each division rounds in the last one, so the result is
/// good to about 25 significant digits; the tests check <c>rootⁿ</c> against <c>x</c> to 20. That is far beyond what
/// a growth rate shown to 0.1% needs.
/// </para>
/// </remarks>
public static class DecimalMath
{
    /// <summary>Raises <paramref name="value"/> to a whole power by repeated squaring.</summary>
    /// <param name="value">The base.</param>
    /// <param name="exponent">The power; not negative.</param>
    /// <returns><c>value^exponent</c>; 1 for exponent 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is negative.</exception>
    /// <exception cref="OverflowException">The result is too large for decimal.</exception>
    public static decimal Pow(decimal value, int exponent)
    {
        if (exponent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "Only whole, non-negative powers are supported.");
        }

        var result = 1m;
        var factor = value;
        var e = exponent;
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result *= factor;
            }

            e >>= 1;
            if (e > 0)
            {
                factor *= factor;
            }
        }

        return result;
    }

    /// <summary>The positive <paramref name="n"/>th root of a positive number, by Newton's iteration in decimal.</summary>
    /// <param name="value">The number; positive.</param>
    /// <param name="n">The root; 1 to 1,000.</param>
    /// <returns>The root, to about 25 significant digits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not positive or <paramref name="n"/> is outside 1 to 1,000.</exception>
    public static decimal NthRoot(decimal value, int n)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only positive numbers have a positive root here.");
        }

        if (n is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The root must be between 1 and 1,000.");
        }

        if (n == 1 || value == 1m)
        {
            return value;
        }

        var y = 1m + ((value - 1m) / n);
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var quotient = value;
            for (var i = 1; i < n; i++)
            {
                quotient /= y;
            }

            var next = (((n - 1) * y) + quotient) / n;
            if (next >= y)
            {
                return y;
            }

            y = next;
        }

        return y;
    }
}
