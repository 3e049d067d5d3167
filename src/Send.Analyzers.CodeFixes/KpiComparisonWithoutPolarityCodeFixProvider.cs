using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Send.Analyzers.CodeFixes;

/// <summary>
/// SEND1004: rewrites <c>a.Number &gt; b.Number</c> (both sides read from a <c>KpiValue</c>) to
/// <c>KpiComparison.Judge(a, b, polarity, null) == Verdict.Better</c>, reading <c>&gt;</c> as "better than" and <c>&lt;</c>
/// as "worse than" (<c>&gt;=</c>/<c>&lt;=</c> also accept <c>Verdict.Same</c>). Offered only when a <c>Polarity</c> (or a
/// <c>KpiDefinition</c>, whose <c>Polarity</c> is used) is in scope as a parameter, local, field or property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KpiComparisonWithoutPolarityCodeFixProvider)), Shared]
public sealed class KpiComparisonWithoutPolarityCodeFixProvider : CodeFixProvider
{
    private const string KpiValue = "Send.Domain.Kpis.KpiValue";
    private const string Polarity = "Send.Domain.Kpis.Polarity";
    private const string Definition = "Send.Domain.Kpis.KpiDefinition";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.KpiComparisonWithoutPolarity);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not BinaryExpressionSyntax binary || model is null
            || model.Compilation.GetTypeByMetadataName("Send.Domain.Kpis.KpiComparison") is null)
        {
            return;
        }

        var left = KpiOperand(binary.Left, model, context.CancellationToken);
        var right = KpiOperand(binary.Right, model, context.CancellationToken);
        var polarity = FindPolarity(binary, model);
        if (left is null || right is null || polarity is null)
        {
            return;
        }

        var verdict = binary.Kind() switch
        {
            SyntaxKind.GreaterThanExpression => "== global::Send.Domain.Kpis.Verdict.Better",
            SyntaxKind.LessThanExpression => "== global::Send.Domain.Kpis.Verdict.Worse",
            SyntaxKind.GreaterThanOrEqualExpression => "is global::Send.Domain.Kpis.Verdict.Better or global::Send.Domain.Kpis.Verdict.Same",
            _ => "is global::Send.Domain.Kpis.Verdict.Worse or global::Send.Domain.Kpis.Verdict.Same",
        };
        var parsed = SyntaxFactory.ParseExpression(
            $"global::Send.Domain.Kpis.KpiComparison.Judge({left}, {right}, {polarity}, null) {verdict}");
        var replacement = parsed
            .ReplaceNodes(
                parsed.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>().Where(m => m.ToString().StartsWith("global::", System.StringComparison.Ordinal)),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(binary);

        context.RegisterCodeFix(
            CodeAction.Create(
                "Judge with the KPI's polarity (KpiComparison.Judge)",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(binary, replacement))),
                equivalenceKey: DiagnosticIds.KpiComparisonWithoutPolarity),
            context.Diagnostics);
    }

    /// <summary>The KpiValue expression behind an operand: <c>x</c> for <c>x.Number</c>, or the operand itself.</summary>
    private static string? KpiOperand(ExpressionSyntax operand, SemanticModel model, CancellationToken cancellationToken)
    {
        if (operand is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Number" } access
            && model.GetTypeInfo(access.Expression, cancellationToken).Type?.ToDisplayString() == KpiValue)
        {
            return access.Expression.ToString();
        }

        return model.GetTypeInfo(operand, cancellationToken).Type?.ToDisplayString() == KpiValue ? operand.ToString() : null;
    }

    private static string? FindPolarity(SyntaxNode node, SemanticModel model)
    {
        var symbols = model.LookupSymbols(node.SpanStart)
            .Select(s => (Symbol: s, Type: s switch
            {
                ILocalSymbol l => l.Type,
                IParameterSymbol p => p.Type,
                IFieldSymbol f => f.Type,
                IPropertySymbol p => p.Type,
                _ => null,
            }))
            .Where(x => x.Type is not null)
            .ToList();
        var direct = symbols.FirstOrDefault(x => x.Type!.ToDisplayString() == Polarity);
        if (direct.Symbol is not null)
        {
            return direct.Symbol.Name;
        }

        var definition = symbols.FirstOrDefault(x => x.Type!.ToDisplayString() == Definition);
        return definition.Symbol is not null ? definition.Symbol.Name + ".Polarity" : null;
    }
}
