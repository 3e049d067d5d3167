using System;
using Xunit;

namespace Send.Domain.Tests.Statutory;

/// <summary>The equality contract, written once: reflexive, symmetric, consistent with the hash code and the operators, unequal to null and to a different value.</summary>
internal static class EqualityContract
{
    public static void Holds<T>(T value, T equalValue, T differentValue)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, equalValue);
        Assert.True(value.Equals(value));
        Assert.True(value.Equals(equalValue));
        Assert.True(equalValue.Equals(value));
        Assert.True(value.Equals((object)equalValue));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals(differentValue));
        Assert.False(differentValue.Equals(value));
        Assert.False(value.Equals((T?)null));
        Assert.False(value.Equals((object?)null));
    }
}
