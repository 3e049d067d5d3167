using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

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
    private const string Comparison = "Send.Domain.Kpis.KpiComparison";
    private const string Verdict = "Send.Domain.Kpis.Verdict";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.KpiComparisonWithoutPolarity);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => EditorFixes.FixAll(Apply);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (await EditorFixes.CanApplyAsync(context.Document, diagnostic, DiagnosticIds.KpiComparisonWithoutPolarity, Apply, context.CancellationToken).ConfigureAwait(false))
        {
            EditorFixes.Register(context, diagnostic, "Judge with the KPI's polarity (KpiComparison.Judge)", DiagnosticIds.KpiComparisonWithoutPolarity, Apply);
        }
    }

    private static bool Apply(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        var comparison = model.Compilation.GetTypeByMetadataName(Comparison);
        var verdictType = model.Compilation.GetTypeByMetadataName(Verdict);
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BinaryExpressionSyntax binary
            || comparison is null || verdictType is null)
        {
            return false;
        }

        var left = KpiOperand(binary.Left, model, cancellationToken);
        var right = KpiOperand(binary.Right, model, cancellationToken);
        var polarity = FindPolarity(binary, model);
        if (left is null || right is null || polarity is null)
        {
            return false;
        }

        var generator = editor.Generator;
        var verdictName = (ExpressionSyntax)EditorFixes.TypeName(generator, verdictType);
        ExpressionSyntax VerdictValue(string name) => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, verdictName, SyntaxFactory.IdentifierName(name));

        var judge = (ExpressionSyntax)generator.InvocationExpression(
            generator.MemberAccessExpression(EditorFixes.TypeName(generator, comparison), "Judge"),
            left.WithoutTrivia(),
            right.WithoutTrivia(),
            SyntaxFactory.ParseExpression(polarity),
            generator.NullLiteralExpression());
        ExpressionSyntax replacement = binary.Kind() switch
        {
            SyntaxKind.GreaterThanExpression => SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, judge, VerdictValue("Better")),
            SyntaxKind.LessThanExpression => SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, judge, VerdictValue("Worse")),
            SyntaxKind.GreaterThanOrEqualExpression => Either(judge, VerdictValue("Better"), VerdictValue("Same")),
            _ => Either(judge, VerdictValue("Worse"), VerdictValue("Same")),
        };
        editor.ReplaceNode(binary, replacement.WithTriviaFrom(binary));
        return true;
    }

    private static ExpressionSyntax Either(ExpressionSyntax value, ExpressionSyntax first, ExpressionSyntax second) =>
        SyntaxFactory.IsPatternExpression(
            value,
            SyntaxFactory.BinaryPattern(SyntaxKind.OrPattern, SyntaxFactory.ConstantPattern(first), SyntaxFactory.ConstantPattern(second)));

    /// <summary>The KpiValue expression behind an operand: <c>x</c> for <c>x.Number</c>, or the operand itself.</summary>
    private static ExpressionSyntax? KpiOperand(ExpressionSyntax operand, SemanticModel model, CancellationToken cancellationToken)
    {
        if (operand is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Number" } access
            && model.GetTypeInfo(access.Expression, cancellationToken).Type?.ToDisplayString() == KpiValue)
        {
            return access.Expression;
        }

        return model.GetTypeInfo(operand, cancellationToken).Type?.ToDisplayString() == KpiValue ? operand : null;
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
