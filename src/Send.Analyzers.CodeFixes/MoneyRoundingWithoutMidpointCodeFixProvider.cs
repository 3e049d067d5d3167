using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Send.Analyzers.CodeFixes;

/// <summary>SEND1006: adds <c>MidpointRounding.AwayFromZero</c> to <c>Math.Round</c> or <c>decimal.Round</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoneyRoundingWithoutMidpointCodeFixProvider)), Shared]
public sealed class MoneyRoundingWithoutMidpointCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.MoneyRoundingWithoutMidpoint);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => EditorFixes.FixAll(Apply);

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        EditorFixes.Register(context, context.Diagnostics[0], "Round half away from zero (MidpointRounding.AwayFromZero)", DiagnosticIds.MoneyRoundingWithoutMidpoint, Apply);
        return Task.CompletedTask;
    }

    private static bool Apply(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        var midpoint = model.Compilation.GetTypeByMetadataName("System.MidpointRounding");
        if (midpoint is null
            || editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
        {
            return false;
        }

        var generator = editor.Generator;
        var argument = (ArgumentSyntax)generator.Argument(generator.MemberAccessExpression(EditorFixes.TypeName(generator, midpoint), "AwayFromZero"));
        editor.ReplaceNode(invocation, (current, _) => ((InvocationExpressionSyntax)current).AddArgumentListArguments(argument));
        return true;
    }
}
