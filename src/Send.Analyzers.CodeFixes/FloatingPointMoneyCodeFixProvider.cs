using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Send.Analyzers.CodeFixes;

/// <summary>
/// SEND1003: turns a floating-point literal into a <c>decimal</c> literal (<c>(decimal)0.1</c> becomes <c>0.1m</c>), or
/// changes a <c>double</c>/<c>float</c> local that is converted into an amount to a <c>decimal</c> local (its literal
/// initialiser gets the <c>m</c> suffix and the cast goes).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FloatingPointMoneyCodeFixProvider)), Shared]
public sealed class FloatingPointMoneyCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.FloatingPointMoney);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not CastExpressionSyntax cast
            || cast.Type is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.DecimalKeyword })
        {
            return;
        }

        var operand = cast.Expression;
        while (operand is ParenthesizedExpressionSyntax parenthesized)
        {
            operand = parenthesized.Expression;
        }

        if (DecimalLiteral(operand) is { } literal)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use a decimal literal",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(cast, literal.WithTriviaFrom(cast)))),
                    equivalenceKey: "DecimalLiteral"),
                context.Diagnostics);
            return;
        }

        if (operand is IdentifierNameSyntax identifier)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Declare the variable as decimal",
                    ct => DeclareAsDecimalAsync(context.Document, cast, identifier, ct),
                    equivalenceKey: "DecimalLocal"),
                context.Diagnostics);
        }
    }

    private static async Task<Document> DeclareAsDecimalAsync(Document document, CastExpressionSyntax cast, IdentifierNameSyntax identifier, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || declarator.Parent is not VariableDeclarationSyntax declaration || declaration.Variables.Count != 1)
        {
            return document;
        }

        var newDeclaration = declaration.WithType(
            SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.DecimalKeyword)).WithTriviaFrom(declaration.Type));
        if (declarator.Initializer?.Value is { } value && DecimalLiteral(value) is { } literal)
        {
            newDeclaration = newDeclaration.WithVariables(SyntaxFactory.SingletonSeparatedList(
                declarator.WithInitializer(declarator.Initializer.WithValue(literal.WithTriviaFrom(value)))));
        }

        var editor = new Microsoft.CodeAnalysis.Editing.SyntaxEditor(root, document.Project.Solution.Workspace.Services);
        editor.ReplaceNode(declaration, newDeclaration);
        editor.ReplaceNode(cast, identifier.WithTriviaFrom(cast));
        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }

    /// <summary>The decimal literal with the same digits as a floating-point literal (or its negation), else null.</summary>
    private static ExpressionSyntax? DecimalLiteral(ExpressionSyntax expression)
    {
        if (expression is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negation)
        {
            return DecimalLiteral(negation.Operand) is { } inner ? negation.WithOperand(inner) : null;
        }

        if (expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal)
        {
            return null;
        }

        var digits = literal.Token.Text.TrimEnd('d', 'D', 'f', 'F');
        if (digits.IndexOfAny(new[] { 'e', 'E', 'x', 'X', 'm', 'M' }) >= 0
            || !decimal.TryParse(digits.Replace("_", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return null;
        }

        return SyntaxFactory.LiteralExpression(
            SyntaxKind.NumericLiteralExpression,
            SyntaxFactory.Literal(digits + "m", parsed));
    }
}
