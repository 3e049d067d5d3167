using System;
using System.Linq;
using System.Reflection;
using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiImmutabilityTests
{
    [Fact]
    public void PublicKpiTypes_HaveNoPublicSetters()
    {
        var types = typeof(KpiValue).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Send.Domain.Kpis", StringComparison.Ordinal));
        var mutable = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(x => x.Type.Name + "." + x.Property.Name)
            .ToList();
        Assert.Empty(mutable);
    }
}
