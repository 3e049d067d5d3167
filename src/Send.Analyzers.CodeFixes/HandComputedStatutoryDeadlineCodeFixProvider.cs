using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Send.Analyzers.Rules;

namespace Send.Analyzers.CodeFixes;

/// <summary>
/// SEND1002: rewrites <c>request.PlusWeeks(20)</c>, <c>request.Plus(Period.FromWeeks(20))</c> or
/// <c>request + Period.FromWeeks(20)</c> on a <c>LocalDate</c> to
/// <c>DeadlineEngine.EnglandAndWales.Compute("EHC-FINAL-PLAN", request).Due</c>. Periods map to rule ids as in
/// Send.Domain.Statutory's <c>StatutoryRules</c>: 6 weeks (42 days) EHC-ASSESS-DECISION, 16 weeks (112 days)
/// EHC-NO-PLAN-DECISION, 20 weeks (140 days) EHC-FINAL-PLAN; 12 months (1 year) offers EHC-AR-FIRST (the default,
/// which Fix All applies) and EHC-AR-NEXT. 15 weeks and 15 days are ambiguous (several rules) and get no fix; nor does
/// <c>DateTime</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandComputedStatutoryDeadlineCodeFixProvider)), Shared]
public sealed class HandComputedStatutoryDeadlineCodeFixProvider : CodeFixProvider
{
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
    public override FixAllProvider GetFixAllProvider() => EditorFixes.FixAll(Apply);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(HandComputedStatutoryDeadlineAnalyzer.PeriodProperty, out var period) || period is null
            || !RulesByPeriod.TryGetValue(period, out var ruleIds)
            || !await EditorFixes.CanApplyAsync(context.Document, diagnostic, DiagnosticIds.HandComputedStatutoryDeadline, Apply, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        for (var i = 0; i < ruleIds.Length; i++)
        {
            // The first rule is the default, with the rule's id as equivalence key so that Fix All applies it everywhere.
            var key = i == 0 ? DiagnosticIds.HandComputedStatutoryDeadline : ruleIds[i];
            EditorFixes.Register(context, diagnostic, $"Compute the {ruleIds[i]} deadline with DeadlineEngine", key, Apply);
        }
    }

    private static bool Apply(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(HandComputedStatutoryDeadlineAnalyzer.PeriodProperty, out var period) || period is null
            || !RulesByPeriod.TryGetValue(period, out var ruleIds)
            || model.Compilation.GetTypeByMetadataName(KnownTypes.DeadlineEngine) is not { } engine)
        {
            return false;
        }

        var ruleId = equivalenceKey == DiagnosticIds.HandComputedStatutoryDeadline ? ruleIds[0]
            : ruleIds.Contains(equivalenceKey) ? equivalenceKey
            : null;
        var node = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var date = node switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,
            BinaryExpressionSyntax binary => IsLocalDate(binary.Left, model, cancellationToken) ? binary.Left : binary.Right,
            _ => null,
        };
        if (ruleId is null || date is null || !IsLocalDate(date, model, cancellationToken))
        {
            return false;
        }

        var generator = editor.Generator;
        var compute = generator.InvocationExpression(
            generator.MemberAccessExpression(
                generator.MemberAccessExpression(EditorFixes.TypeName(generator, engine), "EnglandAndWales"),
                "Compute"),
            generator.LiteralExpression(ruleId),
            date.WithoutTrivia());
        editor.ReplaceNode(node, generator.MemberAccessExpression(compute, "Due").WithTriviaFrom(node));
        return true;
    }

    private static bool IsLocalDate(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetTypeInfo(expression, cancellationToken).Type?.ToDisplayString() == KnownTypes.LocalDate;
}
