#if !NET9_0_OR_GREATER
// The .NET 9 attributes by which the trim and AOT analyzers (and ILLink/ILC) recognise a feature switch that guards
// RequiresUnreferencedCode/RequiresDynamicCode code. Send.Reporting targets net8.0, which does not declare them; the
// tools match them by name, so internal copies work (the pattern the .NET docs give for older target frameworks).
namespace System.Diagnostics.CodeAnalysis;

/// <summary>Marks a static boolean property as a guard for a Requires* attribute (see .NET 9's attribute).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
internal sealed class FeatureGuardAttribute : Attribute
{
    public FeatureGuardAttribute(Type featureType) => FeatureType = featureType;

    public Type FeatureType { get; }
}

/// <summary>Names the app-context switch a static boolean property reads (see .NET 9's attribute).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class FeatureSwitchDefinitionAttribute : Attribute
{
    public FeatureSwitchDefinitionAttribute(string switchName) => SwitchName = switchName;

    public string SwitchName { get; }
}
#endif
