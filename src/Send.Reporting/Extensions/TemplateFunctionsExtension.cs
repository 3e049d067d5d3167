using System;

namespace Send.Reporting.Extensions;

/// <summary>Extra template functions: the public static methods of one static class (<see cref="ReportEngineBuilder.UseTemplateFunctions"/>).</summary>
/// <remarks>Equal to another for the same class, so that adding a class twice imports it once. Immutable.</remarks>
internal sealed record TemplateFunctionsExtension(Type FunctionClass) : IReportExtension
{
    public void Setup(ReportEngineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup.AddTemplateFunctions(FunctionClass);
    }
}
