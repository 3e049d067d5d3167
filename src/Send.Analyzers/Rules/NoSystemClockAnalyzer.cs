using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1001: <c>DateTime.Now</c>, <c>DateTime.Today</c>, <c>DateTime.UtcNow</c>, <c>DateTimeOffset.Now</c>,
/// <c>DateTimeOffset.UtcNow</c> anywhere, and <c>NodaTime.SystemClock.Instance</c> outside the composition root.
/// </summary>
/// <remarks>
/// Active only in compilations that reference NodaTime (where the fix, an injected <c>IClock</c>, is available).
/// The composition root is the program's entry point (<c>Main</c> or top-level statements) and any type or method
/// carrying an attribute named <c>CompositionRootAttribute</c> (any namespace): that is where the real clock is chosen
/// and handed to everything else.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoSystemClockAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The SEND1001 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.NoSystemClock,
        "Do not read the system clock; inject NodaTime.IClock",
        "'{0}' reads the system clock; take a NodaTime.IClock and use clock.GetCurrentInstant() (Europe/London) instead",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "Statutory and financial dates computed from the machine clock cannot be tested and depend on the server's time zone. Send takes time from an injected NodaTime IClock in the Europe/London zone.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownTypes.IClock) is null)
            {
                return;
            }

            var dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
            var dateTimeOffset = start.Compilation.GetTypeByMetadataName("System.DateTimeOffset");
            var systemClock = start.Compilation.GetTypeByMetadataName(KnownTypes.SystemClock);
            var entryPoint = start.Compilation.GetEntryPoint(start.CancellationToken);

            start.RegisterOperationAction(
                op =>
                {
                    var reference = (IPropertyReferenceOperation)op.Operation;
                    var property = reference.Property;
                    if (!property.IsStatic)
                    {
                        return;
                    }

                    var type = property.ContainingType;
                    var name = property.Name;
                    string? display = null;
                    if (SymbolEqualityComparer.Default.Equals(type, dateTime) && (name == "Now" || name == "Today" || name == "UtcNow"))
                    {
                        display = "DateTime." + name;
                    }
                    else if (SymbolEqualityComparer.Default.Equals(type, dateTimeOffset) && (name == "Now" || name == "UtcNow"))
                    {
                        display = "DateTimeOffset." + name;
                    }
                    else if (systemClock is not null && SymbolEqualityComparer.Default.Equals(type, systemClock) && name == "Instance"
                        && !IsCompositionRoot(op.ContainingSymbol, entryPoint))
                    {
                        display = "SystemClock.Instance";
                    }

                    if (display is not null)
                    {
                        op.ReportDiagnostic(Diagnostic.Create(Rule, reference.Syntax.GetLocation(), display));
                    }
                },
                OperationKind.PropertyReference);
        });
    }

    private static bool IsCompositionRoot(ISymbol? symbol, IMethodSymbol? entryPoint)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol method && entryPoint is not null
                && SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, entryPoint.OriginalDefinition))
            {
                return true;
            }

            if (current.GetAttributes().Any(a => a.AttributeClass?.Name == KnownTypes.CompositionRootAttributeName))
            {
                return true;
            }

            if (current is INamespaceSymbol)
            {
                break;
            }
        }

        return false;
    }
}
