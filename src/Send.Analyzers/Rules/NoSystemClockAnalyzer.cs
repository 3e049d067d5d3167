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
/// <para>Not flagged, because they are timestamps rather than "today": <c>DateTime.Now/UtcNow</c> and
/// <c>DateTimeOffset.Now/UtcNow</c> formatted into text (an interpolated string hole, <c>.ToString(...)</c>, or an
/// argument passed as <c>object</c>, as logging methods take it) or used to measure elapsed time (an operand of a
/// subtraction of two times); nor a local initialised from one whose every use is one of those
/// (<c>var started = DateTime.UtcNow; ... DateTime.UtcNow - started</c>). <c>DateTime.Today</c> is always flagged.</para>
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

                    if (display is not null && name != "Today" && display != "SystemClock.Instance" && IsTimestampUse(reference))
                    {
                        return;
                    }

                    if (display is not null)
                    {
                        op.ReportDiagnostic(Diagnostic.Create(Rule, reference.Syntax.GetLocation(), display));
                    }
                },
                OperationKind.PropertyReference);
        });
    }

    /// <summary>The clock value is formatted or used to measure elapsed time (see the remarks).</summary>
    private static bool IsTimestampUse(IOperation read)
    {
        var parent = read.Parent;
        IOperation child = read;
        while (parent is IParenthesizedOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IInterpolationOperation:
                return true;
            case IInvocationOperation { TargetMethod.Name: "ToString" } invocation when ReferenceEquals(invocation.Instance, child):
                return true;
            case IConversionOperation { Type.SpecialType: SpecialType.System_Object } boxing:
                var up = boxing.Parent;
                if (up is IArrayInitializerOperation)
                {
                    up = up.Parent?.Parent;
                }

                return up is IArgumentOperation or IInterpolationOperation;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtraction:
                return subtraction.LeftOperand.Type is { } left && subtraction.RightOperand.Type is { } right
                    && SymbolEqualityComparer.Default.Equals(left, right);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return EveryUseIsTimestamp(declarator.Symbol, declarator);
            default:
                return false;
        }
    }

    private static bool EveryUseIsTimestamp(ILocalSymbol local, IOperation declarator)
    {
        var root = declarator;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var uses = root.DescendantsAndSelf().OfType<ILocalReferenceOperation>()
            .Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local))
            .ToList();
        return uses.Count > 0 && uses.All(IsTimestampUse);
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
