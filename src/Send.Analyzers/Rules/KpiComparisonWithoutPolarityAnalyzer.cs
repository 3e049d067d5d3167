using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1004: <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c> or <c>&gt;=</c> where an operand is a KPI value (a
/// <c>Send.Domain.Kpis.KpiValue</c>, or a member such as <c>.Number</c> read from one) and the other operand is not a
/// constant.
/// </summary>
/// <remarks>
/// Not flagged: KPI metadata (<c>definition.DisplayDecimals &gt; 0</c>, <c>period.EndYear &gt;= 2023</c>: numbers on
/// other Kpis types are not values); a comparison with a constant (<c>value.Number &gt;= 0</c>, a validity check); a
/// range check, that is a comparison of a KPI value with a non-KPI bound, joined by <c>&amp;&amp;</c> to another
/// comparison of the same KPI expression (<c>v.Number &gt;= min &amp;&amp; v.Number &lt;= max</c>); code inside <c>Send.Domain.Kpis</c>.
/// </remarks>
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

                var kpiOperand = IsKpiValue(binary.LeftOperand) ? binary.LeftOperand
                    : IsKpiValue(binary.RightOperand) ? binary.RightOperand
                    : null;
                if (kpiOperand is null)
                {
                    return;
                }

                var other = ReferenceEquals(kpiOperand, binary.LeftOperand) ? binary.RightOperand : binary.LeftOperand;
                if (other.ConstantValue.HasValue || (!IsKpiValue(other) && IsRangeCheck(binary, kpiOperand)))
                {
                    return;
                }

                op.ReportDiagnostic(Diagnostic.Create(Rule, binary.Syntax.GetLocation(), binary.Syntax.ToString()));
            },
            OperationKind.Binary);
    }

    /// <summary><c>v.Number &gt;= min &amp;&amp; v.Number &lt;= max</c>: both sides of an and compare the same KPI expression.</summary>
    private static bool IsRangeCheck(IBinaryOperation comparison, IOperation kpiOperand)
    {
        var parent = comparison.Parent;
        while (parent is IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and)
        {
            return false;
        }

        var sibling = and.LeftOperand.Syntax.Span.Contains(comparison.Syntax.Span) ? and.RightOperand : and.LeftOperand;
        while (sibling is IParenthesizedOperation parenthesized)
        {
            sibling = parenthesized.Operand;
        }

        var kpiText = kpiOperand.Syntax.ToString();
        return sibling is IBinaryOperation other
            && other.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan
                or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual
            && (other.LeftOperand.Syntax.ToString() == kpiText || other.RightOperand.Syntax.ToString() == kpiText);
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

        if (operand.Type?.ToDisplayString() == KnownTypes.KpiValue)
        {
            return true;
        }

        return operand is IMemberReferenceOperation member && member.Member.ContainingType?.ToDisplayString() == KnownTypes.KpiValue;
    }
}
