using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// SEND1003: turns a floating-point literal into a <c>decimal</c> literal (<c>(decimal)0.1</c> becomes <c>0.1m</c>), or
/// changes a <c>double</c>/<c>float</c> local that is converted into an amount to a <c>decimal</c> local (its literal
/// initialiser gets the <c>m</c> suffix and every <c>(decimal)</c> cast of it goes).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FloatingPointMoneyCodeFixProvider)), Shared]
public sealed class FloatingPointMoneyCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.FloatingPointMoney);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => EditorFixes.FixAll(Apply);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || Cast(root, diagnostic) is not { } cast
            || !await EditorFixes.CanApplyAsync(context.Document, diagnostic, DiagnosticIds.FloatingPointMoney, Apply, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // One fix applies to each diagnostic (a literal or a local), so both share one equivalence key and Fix All
        // applies whichever fits each occurrence.
        var title = DecimalLiteral(Unparenthesize(cast.Expression)) is not null ? "Use a decimal literal" : "Declare the variable as decimal";
        EditorFixes.Register(context, diagnostic, title, DiagnosticIds.FloatingPointMoney, Apply);
    }

    /// <summary>Declarations an editor has already changed to decimal.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxEditor, System.Collections.Generic.HashSet<SyntaxNode>> ReplacedDeclarations = new();

    private static CastExpressionSyntax? Cast(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is CastExpressionSyntax
        {
            Type: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.DecimalKeyword },
        } cast
            ? cast
            : null;

    private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static bool Apply(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        if (Cast(editor.OriginalRoot, diagnostic) is not { } cast)
        {
            return false;
        }

        var operand = Unparenthesize(cast.Expression);
        if (DecimalLiteral(operand) is { } literal)
        {
            editor.ReplaceNode(cast, literal.WithTriviaFrom(cast));
            return true;
        }

        if (operand is not IdentifierNameSyntax identifier
            || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || declarator.Parent is not VariableDeclarationSyntax declaration || declaration.Variables.Count != 1)
        {
            return false;
        }

        var newDeclaration = declaration.WithType(
            SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.DecimalKeyword)).WithTriviaFrom(declaration.Type));
        if (declarator.Initializer?.Value is { } value && DecimalLiteral(value) is { } initial)
        {
            newDeclaration = newDeclaration.WithVariables(SyntaxFactory.SingletonSeparatedList(
                declarator.WithInitializer(declarator.Initializer.WithValue(initial.WithTriviaFrom(value)))));
        }

        // The declaration and every (decimal) cast of the local change together, once per editor (Fix All visits
        // each cast's diagnostic; a second replacement of the same node would fail).
        var replaced = ReplacedDeclarations.GetOrCreateValue(editor);
        if (replaced.Add(declaration))
        {
            editor.ReplaceNode(declaration, newDeclaration);
        }

        foreach (var other in editor.OriginalRoot.DescendantNodes().OfType<CastExpressionSyntax>())
        {
            if (other.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.DecimalKeyword }
                && Unparenthesize(other.Expression) is IdentifierNameSyntax name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local)
                && replaced.Add(other))
            {
                editor.ReplaceNode(other, name.WithTriviaFrom(other));
            }
        }

        return true;
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
