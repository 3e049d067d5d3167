// Shared test support, linked (not copied) into every test project: the equality and ordering contracts, written once.
using System;
using System.Reflection;
using Xunit;

namespace Send.Tests.Shared;

/// <summary>
/// The equality contract: reflexive, symmetric, consistent with <see cref="object.GetHashCode"/> and with the
/// <c>==</c> and <c>!=</c> operators where the type declares them, unequal to null and to a different value.
/// </summary>
internal static class EqualityContract
{
    /// <summary>Checks the contract on three values.</summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A different instance (for a class) equal to <paramref name="value"/>.</param>
    /// <param name="differentValue">A value not equal to <paramref name="value"/>.</param>
    public static void Holds<T>(T value, T equalValue, T differentValue)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equalValue);
        ArgumentNullException.ThrowIfNull(differentValue);
        if (!typeof(T).IsValueType)
        {
            Assert.False(ReferenceEquals(value, equalValue), "the equal value must be a different instance");
        }

        Assert.True(value.Equals(value));
        Assert.True(value.Equals(equalValue));
        Assert.True(equalValue.Equals(value));
        Assert.True(value.Equals((object)equalValue));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals(differentValue));
        Assert.False(differentValue.Equals(value));
        Assert.False(value.Equals((object)differentValue));
        Assert.False(value.Equals((object?)null));
        if (!typeof(T).IsValueType)
        {
            Assert.False(value.Equals(default!));
        }

        if (Operator<T>("op_Equality") is { } equal)
        {
            Assert.True((bool)equal.Invoke(null, new object[] { value, equalValue })!);
            Assert.False((bool)equal.Invoke(null, new object[] { value, differentValue })!);
        }

        if (Operator<T>("op_Inequality") is { } notEqual)
        {
            Assert.False((bool)notEqual.Invoke(null, new object[] { value, equalValue })!);
            Assert.True((bool)notEqual.Invoke(null, new object[] { value, differentValue })!);
        }
    }

    internal static MethodInfo? Operator<T>(string name) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(T), typeof(T) }, null);
}

/// <summary>
/// The ordering contract: <see cref="IComparable{T}.CompareTo"/> is antisymmetric and zero for equal values, the
/// non-generic <see cref="IComparable.CompareTo"/> agrees and puts null first, and <c>&lt;</c>, <c>&gt;</c>,
/// <c>&lt;=</c>, <c>&gt;=</c> agree where the type declares them.
/// </summary>
internal static class OrderingContract
{
    /// <summary>Checks the contract on values in strictly ascending order.</summary>
    /// <param name="lesser">The smaller value.</param>
    /// <param name="equalToLesser">Another value equal to <paramref name="lesser"/>.</param>
    /// <param name="greater">A value greater than <paramref name="lesser"/>.</param>
    public static void Holds<T>(T lesser, T equalToLesser, T greater)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(lesser);
        ArgumentNullException.ThrowIfNull(equalToLesser);
        ArgumentNullException.ThrowIfNull(greater);
        Assert.Equal(0, lesser.CompareTo(lesser));
        Assert.Equal(0, lesser.CompareTo(equalToLesser));
        Assert.Equal(0, equalToLesser.CompareTo(lesser));
        Assert.True(lesser.CompareTo(greater) < 0);
        Assert.True(greater.CompareTo(lesser) > 0);
        if (lesser is IComparable untyped)
        {
            Assert.True(untyped.CompareTo(greater) < 0);
            Assert.Equal(0, untyped.CompareTo(equalToLesser));
            Assert.True(untyped.CompareTo(null) > 0);
        }

        Check("op_LessThan", lesser, greater, true, false, false);
        Check("op_GreaterThan", lesser, greater, false, true, false);
        Check("op_LessThanOrEqual", lesser, greater, true, false, true);
        Check("op_GreaterThanOrEqual", lesser, greater, false, true, true);

        void Check(string name, T low, T high, bool lowHigh, bool highLow, bool same)
        {
            if (EqualityContract.Operator<T>(name) is { } op)
            {
                Assert.Equal(lowHigh, (bool)op.Invoke(null, new object[] { low, high })!);
                Assert.Equal(highLow, (bool)op.Invoke(null, new object[] { high, low })!);
                Assert.Equal(same, (bool)op.Invoke(null, new object[] { low, equalToLesser })!);
            }
        }
    }
}
