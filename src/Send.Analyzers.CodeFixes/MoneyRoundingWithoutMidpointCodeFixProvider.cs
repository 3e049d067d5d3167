using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Send.Analyzers.CodeFixes;

/// <summary>SEND1006: adds <c>MidpointRounding.AwayFromZero</c> to <c>Math.Round</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoneyRoundingWithoutMidpointCodeFixProvider)), Shared]
public sealed class MoneyRoundingWithoutMidpointCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.MoneyRoundingWithoutMidpoint);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not { } node
            || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Round half away from zero (MidpointRounding.AwayFromZero)",
                _ =>
                {
                    var argument = SyntaxFactory.Argument(
                        SyntaxFactory.ParseExpression("global::System.MidpointRounding.AwayFromZero")
                            .WithAdditionalAnnotations(Simplifier.Annotation));
                    var updated = invocation.AddArgumentListArguments(argument);
                    return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, updated)));
                },
                equivalenceKey: DiagnosticIds.MoneyRoundingWithoutMidpoint),
            context.Diagnostics);
    }
}
