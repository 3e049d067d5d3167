using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// Guards over the whole public API of every shipped library (NodaTime's MutabilityTest idea): public types are
/// immutable, and third-party types appear in Send.Reporting's public signatures only on the extension point.
/// </summary>
/// <remarks>A new shipped library (Send.Data, Send.Domain.Testing) gets a line in <see cref="ShippedAssemblies"/>.</remarks>
public sealed class PublicApiShapeTests
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>The libraries Send ships as packages (the analyzers and the send tool have no public object model).</summary>
    private static readonly Assembly[] ShippedAssemblies =
    {
        typeof(Send.Domain.Finance.Money).Assembly,
        typeof(ReportEngine).Assembly,
        typeof(Send.Data.Finance.FundingRatesReader).Assembly,
    };

    /// <summary>
    /// Public types allowed to be mutable, each with its reason. Builders and registries change through methods,
    /// which this test does not see; only settable properties and writable fields are listed here.
    /// </summary>
    private static readonly Dictionary<string, string> MutableExceptions = new(StringComparer.Ordinal)
    {
        // A public static readonly array: TemplateFunctionNames is shared source compiled into the netstandard2.0
        // analyzer too, where an immutable collection type is not available.
        ["Send.Reporting.Templating.TemplateFunctionNames"] = "shared with the analyzers (netstandard2.0)",
    };

    /// <summary>Private fields of Send.Domain types that are written after construction, each with its reason.</summary>
    private static readonly Dictionary<string, string> PrivateFieldExceptions = new(StringComparer.Ordinal)
    {
        ["Send.Domain.Statutory.StatutoryDeadline.arithmetic"] = "the arithmetic text is written when first read (work-list speed); it is the same text whenever it is read",
        ["Send.Data.Kpis.Sources.LaitYear.values"] = "filled (and grown) by the LAIT reader while it reads the file, before the year is handed out",
        ["Send.Data.Kpis.Sources.LaitYear.raw"] = "filled (and grown) by the LAIT reader while it reads the file, before the year is handed out",
        ["Send.Data.Kpis.Sources.LaitSeries.<DataItem>k__BackingField"] = "DataItem has an internal setter the LAIT reader uses while it reads the file",
    };

    /// <summary>Namespaces whose types are allowed public setters (none: the typed report models are gone).</summary>
    private static readonly string[] MutableNamespaces = Array.Empty<string>();

    /// <summary>
    /// The members that may show a third-party type: the engine's extension point (Markdig extensions, OpenXml
    /// elements a block renderer writes, parts it adds) and known debt.
    /// </summary>
    private static readonly HashSet<string> ThirdPartyExceptions = new(StringComparer.Ordinal)
    {
        "Send.Reporting.Extensions.ReportEngineSetup.AddMarkdownExtension",
        "Send.Reporting.Docx.DocxBlockContext.Append",
        "Send.Reporting.Docx.PackageBuilder.SetPart",
        // Debt: a template function returning a Scriban object; the report pack work (#21) reshapes this class.
        "Send.Reporting.Reports.ReportPackFunctions.KpiVerdicts",
        // Debt, the same shape: the caseload functions return a Scriban object a template reads member by member.
        "Send.Reporting.Functions.DomainTables.CaseloadSummary",
        "Send.Reporting.Functions.DomainTables.EhcpHeadlines",
    };

    private static readonly string[] ThirdPartyNamespaces = { "Markdig", "DocumentFormat.OpenXml", "Scriban", "NJsonSchema", "Newtonsoft" };

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ShippedAssemblies.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsEnum && !t.IsInterface && !IsDelegate(t)))
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Fact]
    public void PublicTypes_EveryShippedLibrary_AreFound()
    {
        var names = ShippedAssemblies.SelectMany(a => a.GetExportedTypes()).Select(t => t.Name).ToHashSet();

        Assert.Contains(nameof(Send.Domain.Finance.Money), names);
        Assert.Contains(nameof(Send.Domain.Calendars.FinancialYear), names);
        Assert.Contains(nameof(ReportEngine), names);
        Assert.True(names.Count > 150, $"only {names.Count} public types were found");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicSettersExceptInit(string typeName)
    {
        var type = Type.GetType(typeName)!;
        if (IsExcepted(type))
        {
            return;
        }

        var settable = type.GetProperties(Declared)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name)
            .ToArray();

        Assert.True(settable.Length == 0, $"{type.FullName} has public setters (make them init, or list the type with its reason): {string.Join(", ", settable)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoWritableFields(string typeName)
    {
        var type = Type.GetType(typeName)!;
        if (IsExcepted(type))
        {
            return;
        }

        // Send.Domain's types are values all the way down: no writable field at all, private ones included.
        var domain = type.Assembly == typeof(Send.Domain.Finance.Money).Assembly;
        var writable = type.GetFields(Declared)
            .Where(f => (domain || f.IsPublic) && !f.IsLiteral && (!f.IsInitOnly || (f.IsPublic && f.FieldType.IsArray)))
            .Where(f => !PrivateFieldExceptions.ContainsKey(type.FullName + "." + f.Name))
            .Select(f => f.Name)
            .ToArray();

        Assert.True(writable.Length == 0, $"{type.FullName} has writable fields, or public array fields: {string.Join(", ", writable)}");
    }

    [Fact]
    public void PublicStructs_AreReadOnlyStructs()
    {
        var structs = ShippedAssemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsValueType && !t.IsEnum).ToArray();

        Assert.Contains(typeof(Send.Domain.Finance.Money), structs);
        Assert.All(structs, t => Assert.True(t.IsDefined(typeof(IsReadOnlyAttribute), false), $"{t.FullName} is a struct but not a readonly struct"));
    }

    [Fact]
    public void ReportingPublicApi_ShowsThirdPartyTypesOnlyOnTheExtensionPoint()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(ReportEngine).Assembly.GetExportedTypes())
        {
            if (IsThirdParty(type.BaseType))
            {
                offenders.Add($"{type.FullName}: derives from {type.BaseType}");
            }

            offenders.AddRange(type.GetInterfaces().Where(IsThirdParty).Select(i => $"{type.FullName}: implements {i}"));
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var name = type.FullName + "." + member.Name;
                if (!ThirdPartyExceptions.Contains(name) && SignatureTypes(member).Any(IsThirdParty))
                {
                    offenders.Add(name);
                }
            }
        }

        Assert.True(offenders.Count == 0, "third-party types in Send.Reporting's public API outside the extension point (make them internal, or document a new extension point here and in docs/reporting.md):\n" + string.Join("\n", offenders.Distinct()));
    }

    private static bool IsExcepted(Type type) =>
        MutableExceptions.ContainsKey(type.FullName!) || MutableNamespaces.Any(n => type.FullName!.StartsWith(n, StringComparison.Ordinal));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsDelegate(Type type) => typeof(Delegate).IsAssignableFrom(type);

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => new[] { property.PropertyType },
        FieldInfo field => new[] { field.FieldType },
        EventInfo e => new[] { e.EventHandlerType! },
        _ => Array.Empty<Type>(),
    };

    private static bool IsThirdParty(Type? type) =>
        type is not null
        && (ThirdPartyNamespaces.Any(n => (type.Namespace ?? string.Empty).StartsWith(n, StringComparison.Ordinal))
            || (type.IsGenericType && type.GetGenericArguments().Any(IsThirdParty))
            || (type.HasElementType && IsThirdParty(type.GetElementType())));
}
