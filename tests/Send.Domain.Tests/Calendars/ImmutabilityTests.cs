using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

/// <summary>Every public type in Send.Domain.Calendars (enums aside) is immutable: readonly fields only, no public setters (init is allowed).</summary>
public sealed class ImmutabilityTests
{
    private const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static TheoryData<string> PublicCalendarTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in PublicTypes().Where(t => !t.IsEnum))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void PublicTypes_Calendars_FoundTheCoreTypes()
    {
        var names = PublicTypes().Select(t => t.Name).ToArray();

        Assert.Contains(nameof(FinancialYear), names);
        Assert.Contains(nameof(WorkingDayCalendar), names);
        Assert.Contains(nameof(SchoolCalendar), names);
    }

    [Theory]
    [MemberData(nameof(PublicCalendarTypes))]
    public void Fields_PublicCalendarType_AllReadOnly(string typeName)
    {
        var type = typeof(FinancialYear).Assembly.GetType(typeName)!;

        var writable = type.GetFields(All).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name).ToArray();

        Assert.True(writable.Length == 0, $"{typeName} has writable fields: {string.Join(", ", writable)}");
    }

    [Theory]
    [MemberData(nameof(PublicCalendarTypes))]
    public void Properties_PublicCalendarType_NoPublicSetters(string typeName)
    {
        var type = typeof(FinancialYear).Assembly.GetType(typeName)!;

        var settable = type.GetProperties(All)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name)
            .ToArray();

        Assert.True(settable.Length == 0, $"{typeName} has public setters: {string.Join(", ", settable)}");
    }

    [Fact]
    public void Structs_PublicCalendarTypes_AllDeclaredReadOnly()
    {
        var structs = PublicTypes().Where(t => t.IsValueType && !t.IsEnum).ToArray();

        Assert.Contains(typeof(FinancialYear), structs);
        Assert.All(structs, t => Assert.True(t.IsDefined(typeof(IsReadOnlyAttribute), false), $"{t.FullName} is a struct but not a readonly struct"));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static Type[] PublicTypes() =>
        typeof(FinancialYear).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Send.Domain.Calendars")
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
}
