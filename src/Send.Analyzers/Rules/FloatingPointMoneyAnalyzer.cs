using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1003: a <c>double</c> or <c>float</c> converted to <c>Money</c>, <c>Money</c> (or a member of it, such as its
/// amount) converted to <c>double</c>/<c>float</c>, or a <c>double</c>/<c>float</c> converted to <c>decimal</c> where it is
/// passed to a Send.Domain method, constructor or operator (<c>Money.FromPounds((decimal)x)</c>, <c>money * (decimal)0.1</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloatingPointMoneyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The SEND1003 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.FloatingPointMoney,
        "Do not use floating point for money",
        "{0}: money must stay decimal; binary floating point cannot represent pounds and pence exactly",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "0.1 has no exact double representation, so sums of doubles drift by fractions of a penny and totals in DSG tables stop adding up. Keep amounts in decimal or Money from input to output.");

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
            if (money is null)
            {
                return;
            }

            start.RegisterOperationAction(op => Analyze(op, money), OperationKind.Conversion);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol money)
    {
        var conversion = (IConversionOperation)context.Operation;
        var target = conversion.Type;
        var operand = conversion.Operand;
        while (operand is IParenthesizedOperation parenthesized)
        {
            operand = parenthesized.Operand;
        }

        string? message = null;
        if (SymbolEqualityComparer.Default.Equals(target, money) && IsFloatingPoint(operand.Type))
        {
            message = operand.Type!.ToDisplayString() + " converted to Money";
        }
        else if (IsFloatingPoint(target) && IsMoneyValue(operand, money))
        {
            message = "Money converted to " + target!.ToDisplayString();
        }
        else if (target?.SpecialType == SpecialType.System_Decimal && IsFloatingPoint(operand.Type) && IsSendDomainArgument(conversion))
        {
            message = operand.Type!.ToDisplayString() + " passed as a Send.Domain amount";
        }

        if (message is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, conversion.Syntax.GetLocation(), message));
        }
    }

    private static bool IsFloatingPoint(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    private static bool IsMoneyValue(IOperation operand, INamedTypeSymbol money)
    {
        if (SymbolEqualityComparer.Default.Equals(operand.Type, money))
        {
            return true;
        }

        return operand is IMemberReferenceOperation member
            && SymbolEqualityComparer.Default.Equals(member.Member.ContainingType, money);
    }

    private static bool IsSendDomainArgument(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation argument => argument.Parameter?.ContainingSymbol is IMethodSymbol target
                && target.ContainingType.IsTypeInNamespace(KnownTypes.DomainNamespace),
            IBinaryOperation binary => binary.OperatorMethod?.ContainingType.IsTypeInNamespace(KnownTypes.DomainNamespace) == true,
            _ => false,
        };
    }
}
