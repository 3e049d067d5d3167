using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1006: <c>Math.Round(decimal)</c> or <c>Math.Round(decimal, int)</c> (no <c>MidpointRounding</c>) on an
/// expression that involves <c>Money</c> (a Money value or a member of Money, such as its amount).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MoneyRoundingWithoutMidpointAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The SEND1006 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.MoneyRoundingWithoutMidpoint,
        "Round money with an explicit MidpointRounding",
        "Math.Round on a money amount uses banker's rounding (to even) by default; pass MidpointRounding.AwayFromZero (or the mode your finance team uses) explicitly",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "Math.Round rounds 2.5 to 2 by default (ToEven). Published council and DfE tables round half away from zero, so a default Math.Round makes totals differ by a unit in the last place from the papers they are checked against.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var money = start.Compilation.GetTypeByMetadataName(KnownTypes.Money);
            var math = start.Compilation.GetTypeByMetadataName("System.Math");
            var midpoint = start.Compilation.GetTypeByMetadataName("System.MidpointRounding");
            if (money is null || math is null || midpoint is null)
            {
                return;
            }

            start.RegisterOperationAction(
                op =>
                {
                    var invocation = (IInvocationOperation)op.Operation;
                    var method = invocation.TargetMethod;
                    if (method.Name != "Round" || !SymbolEqualityComparer.Default.Equals(method.ContainingType, math)
                        || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_Decimal
                        || method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, midpoint)))
                    {
                        return;
                    }

                    var value = invocation.Arguments[0].Value;
                    if (value.DescendantsAndSelf().Any(o => InvolvesMoney(o, money)))
                    {
                        op.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation()));
                    }
                },
                OperationKind.Invocation);
        });
    }

    private static bool InvolvesMoney(IOperation operation, INamedTypeSymbol money) =>
        SymbolEqualityComparer.Default.Equals(operation.Type, money)
        || (operation is IMemberReferenceOperation member && SymbolEqualityComparer.Default.Equals(member.Member.ContainingType, money));
}
