using System.Linq;
using System.Runtime.CompilerServices;
using Send.Domain.Statutory;
using Xunit;

namespace Send.Domain.Tests.Statutory;

public sealed class ImmutabilityTests
{
    [Fact]
    public void PublicStatutoryTypes_HaveNoMutableSetters()
    {
        var offenders = typeof(StatutoryRule).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Send.Domain.Statutory", System.StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => x.Type.Name + "." + x.Property.Name)
            .ToList();
        Assert.True(offenders.Count == 0, "Mutable public setters: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicStatutoryTypes_HaveNoPublicMutableFields()
    {
        var offenders = typeof(StatutoryRule).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Send.Domain.Statutory", System.StringComparison.Ordinal))
            .SelectMany(t => t.GetFields().Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum).Select(f => t.Name + "." + f.Name))
            .ToList();
        Assert.True(offenders.Count == 0, "Mutable public fields: " + string.Join(", ", offenders));
    }
}
