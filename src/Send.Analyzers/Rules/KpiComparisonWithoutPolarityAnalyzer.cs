using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1004: <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c> or <c>&gt;=</c> where an operand is a KPI value: a value whose type is
/// in <c>Send.Domain.Kpis</c>, or a member (such as <c>.Value</c>) read from such a type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KpiComparisonWithoutPolarityAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The SEND1004 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.KpiComparisonWithoutPolarity,
        "Compare KPI values through their polarity",
        "'{0}' compares KPI values numerically; whether higher is better depends on the KPI's polarity, so use the polarity-aware comparison",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "For a lower-is-better KPI (absence, exclusions) a larger value is worse; for a no-polarity KPI (demand) neither is better. A plain < or > silently inverts RAG ratings and rankings for half the catalogue.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            op =>
            {
                var binary = (IBinaryOperation)op.Operation;
                if (binary.OperatorKind is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan
                    or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual))
                {
                    return;
                }

                // Comparisons inside the KPI library itself are how the polarity-aware comparison is implemented.
                if (op.ContainingSymbol.ContainingType.IsTypeInNamespace(KnownTypes.KpisNamespace))
                {
                    return;
                }

                if (IsKpiValue(binary.LeftOperand) || IsKpiValue(binary.RightOperand))
                {
                    op.ReportDiagnostic(Diagnostic.Create(Rule, binary.Syntax.GetLocation(), binary.Syntax.ToString()));
                }
            },
            OperationKind.Binary);
    }

    internal static bool IsKpiValue(IOperation operand)
    {
        while (operand is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operand = operand is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operand).Operand;
        }

        if (operand is IConversionOperation explicitConversion)
        {
            operand = explicitConversion.Operand;
        }

        if (operand.Type.IsTypeInNamespace(KnownTypes.KpisNamespace))
        {
            return true;
        }

        return operand is IMemberReferenceOperation member && member.Member.ContainingType.IsTypeInNamespace(KnownTypes.KpisNamespace);
    }
}
