using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Send.Analyzers.Rules;

namespace Send.Analyzers.CodeFixes;

/// <summary>
/// SEND1002: rewrites <c>request.PlusWeeks(20)</c> on a <c>LocalDate</c> to
/// <c>DeadlineEngine.EnglandAndWales.Compute("EHC-FINAL-PLAN", request).Due</c>. Periods map to rule ids as in
/// Send.Domain.Statutory's <c>StatutoryRules</c>: 6 weeks (42 days) EHC-ASSESS-DECISION, 16 weeks (112 days)
/// EHC-NO-PLAN-DECISION, 20 weeks (140 days) EHC-FINAL-PLAN; 12 months (1 year) offers EHC-AR-FIRST and EHC-AR-NEXT.
/// 15 weeks and 15 days are ambiguous (several rules) and get no fix; nor does <c>DateTime</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandComputedStatutoryDeadlineCodeFixProvider)), Shared]
public sealed class HandComputedStatutoryDeadlineCodeFixProvider : CodeFixProvider
{
    private const string Engine = "Send.Domain.Statutory.DeadlineEngine";

    private static readonly Dictionary<string, string[]> RulesByPeriod = new()
    {
        ["Weeks=6"] = new[] { "EHC-ASSESS-DECISION" },
        ["Days=42"] = new[] { "EHC-ASSESS-DECISION" },
        ["Weeks=16"] = new[] { "EHC-NO-PLAN-DECISION" },
        ["Days=112"] = new[] { "EHC-NO-PLAN-DECISION" },
        ["Weeks=20"] = new[] { "EHC-FINAL-PLAN" },
        ["Days=140"] = new[] { "EHC-FINAL-PLAN" },
        ["Months=12"] = new[] { "EHC-AR-FIRST", "EHC-AR-NEXT" },
        ["Years=1"] = new[] { "EHC-AR-FIRST", "EHC-AR-NEXT" },
    };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.HandComputedStatutoryDeadline);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || model is null
            || root.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
            || invocation.Expression is not MemberAccessExpressionSyntax access
            || !diagnostic.Properties.TryGetValue(HandComputedStatutoryDeadlineAnalyzer.PeriodProperty, out var period) || period is null
            || !RulesByPeriod.TryGetValue(period, out var ruleIds)
            || model.Compilation.GetTypeByMetadataName(Engine) is null
            || model.GetTypeInfo(access.Expression, context.CancellationToken).Type?.ToDisplayString() != KnownTypes.LocalDate)
        {
            return;
        }

        foreach (var ruleId in ruleIds)
        {
            var parsed = SyntaxFactory.ParseExpression(
                $"global::{Engine}.EnglandAndWales.Compute(\"{ruleId}\", {access.Expression.WithoutTrivia()}).Due");
            var replacement = parsed
                .ReplaceNodes(
                    parsed.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => m.ToString() == "global::" + Engine),
                    (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
                .WithTriviaFrom(invocation);
            var title = $"Compute the {ruleId} deadline with DeadlineEngine";
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement))), equivalenceKey: ruleId),
                diagnostic);
        }
    }
}
