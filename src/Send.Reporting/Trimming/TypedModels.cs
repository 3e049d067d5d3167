using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Send.Reporting.Trimming;

/// <summary>
/// Whether templates may bind a typed .NET model (the <c>model:</c> header line, or any object that is not a Scriban
/// object passed to a render): reading such a model needs reflection over its properties and, for its JSON,
/// run-time code generation, which a trimmed or native AOT app does not have.
/// </summary>
/// <remarks>
/// True in an ordinary (JIT) process. False when dynamic code is not supported (a native AOT publish, such as the
/// native <c>send</c>) or when the app sets the <c>Send.Reporting.TypedModels.IsSupported</c> switch to false; the
/// trimmer then removes the typed route, and a template with a model line is reported as a problem instead. The generic
/// data route (JSON, CSV and Excel data bound as they are) never needs it.
/// </remarks>
internal static class TypedModels
{
    /// <summary>The app-context switch name.</summary>
    public const string SwitchName = "Send.Reporting.TypedModels.IsSupported";

    /// <summary>Gets whether the typed-model route is available in this process.</summary>
    [FeatureSwitchDefinition(SwitchName)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported && (!AppContext.TryGetSwitch(SwitchName, out var on) || on);
}
