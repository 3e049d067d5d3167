using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1006: <c>Math.Round(decimal)</c>, <c>Math.Round(decimal, int)</c>, <c>decimal.Round(decimal)</c> or
/// <c>decimal.Round(decimal, int)</c> (no <c>MidpointRounding</c>) on a money amount.
/// </summary>
/// <remarks>
/// A money amount, exactly: a member read from <c>Money</c> (<c>m.Pounds</c>, <c>m.Millions</c>); a sum or difference
/// with a money amount on either side; a product with a money amount on either side; a quotient of a money amount by
/// something that is not one (<c>m.Pounds / 1_000_000m</c>); a method call with a money amount argument
/// (<c>Math.Abs(m.Pounds)</c>). A ratio of two amounts (<c>a / b</c> with <c>Money</c>'s decimal-valued division
/// operator, or <c>a.Pounds / b.Pounds</c>) is a pure number, not money, and is not flagged.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MoneyRoundingWithoutMidpointAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The SEND1006 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.MoneyRoundingWithoutMidpoint,
        "Round money with an explicit MidpointRounding",
        "{0} on a money amount uses banker's rounding (to even) by default; pass MidpointRounding.AwayFromZero (or the mode your finance team uses) explicitly",
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
                    if (method.Name != "Round"
                        || !(SymbolEqualityComparer.Default.Equals(method.ContainingType, math) || method.ContainingType.SpecialType == SpecialType.System_Decimal)
                        || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_Decimal
                        || method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, midpoint)))
                    {
                        return;
                    }

                    var value = invocation.Arguments[0].Value;
                    if (IsAmount(value, money))
                    {
                        op.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(),
                            (method.ContainingType.SpecialType == SpecialType.System_Decimal ? "decimal" : "Math") + ".Round"));
                    }
                },
                OperationKind.Invocation);
        });
    }

    /// <summary>True when the value is a money amount (see the type's remarks).</summary>
    private static bool IsAmount(IOperation operation, INamedTypeSymbol money)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return IsAmount(conversion.Operand, money);
            case IParenthesizedOperation parenthesized:
                return IsAmount(parenthesized.Operand, money);
            case IMemberReferenceOperation member when SymbolEqualityComparer.Default.Equals(member.Member.ContainingType, money):
                return true;
            case IBinaryOperation binary:
                if (SymbolEqualityComparer.Default.Equals(binary.LeftOperand.Type, money) && SymbolEqualityComparer.Default.Equals(binary.RightOperand.Type, money))
                {
                    // Money - Money is Money (typed, so not here); Money / Money is a decimal ratio.
                    return binary.OperatorKind != BinaryOperatorKind.Divide;
                }

                var left = IsAmount(binary.LeftOperand, money);
                var right = IsAmount(binary.RightOperand, money);
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Divide => left && !right,
                    BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply => left || right,
                    _ => false,
                };
            case IInvocationOperation invocation:
                return invocation.Arguments.Any(a => IsAmount(a.Value, money))
                    || (invocation.Instance is { } instance && IsAmount(instance, money));
            default:
                return SymbolEqualityComparer.Default.Equals(operation.Type, money);
        }
    }
}
