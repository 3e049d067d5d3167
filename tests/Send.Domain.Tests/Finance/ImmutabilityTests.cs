using System;
using System.Linq;
using System.Reflection;
using Send.Domain.Finance;
using Xunit;

namespace Send.Domain.Tests.Finance;

public sealed class ImmutabilityTests
{
    [Fact]
    public void PublicFinanceTypes_NoPublicSettersExceptInit()
    {
        var types = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Send.Domain.Finance", StringComparison.Ordinal) && !t.IsEnum && !t.IsInterface);
        var offenders = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => t.Name + "." + p.Name))
            .Concat(types.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => t.Name + "." + f.Name)))
            .ToArray();
        Assert.Empty(offenders);
        Assert.True(types.Count() > 30);
    }

    [Fact]
    public void ValueTypes_AreReadOnly()
    {
        foreach (var type in new[] { typeof(Money), typeof(RoundingTolerance), typeof(GrowthRate) })
        {
            Assert.True(type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), type.Name + " is not a readonly struct");
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
