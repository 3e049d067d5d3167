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
/// SEND1005: <c>new LocalDate(y, 4, 1)</c> becomes <c>new FinancialYear(y).Start</c>; <c>(y, 3, 31)</c> becomes
/// <c>new FinancialYear(y - 1).End</c> (the year that ends then started the year before); likewise
/// <c>AcademicYear</c> for 1 September and 31 August. A <c>DateTime</c> gets <c>.ToDateTimeUnspecified()</c> appended.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandWrittenYearBoundaryCodeFixProvider)), Shared]
public sealed class HandWrittenYearBoundaryCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.HandWrittenYearBoundary);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || model is null
            || root.FindNode(context.Span, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation
            || !diagnostic.Properties.TryGetValue(HandWrittenYearBoundaryAnalyzer.BoundaryProperty, out var boundary) || boundary is null
            || model.GetOperation(creation, context.CancellationToken) is not Microsoft.CodeAnalysis.Operations.IObjectCreationOperation operation)
        {
            return;
        }

        var yearArgument = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "year")?.Syntax as ArgumentSyntax;
        if (yearArgument is null)
        {
            return;
        }

        var financial = boundary.StartsWith("Financial", System.StringComparison.Ordinal);
        var typeName = financial ? "Send.Domain.Calendars.FinancialYear" : "Send.Domain.Calendars.AcademicYear";
        if (model.Compilation.GetTypeByMetadataName(typeName) is null)
        {
            return;
        }

        var isEnd = boundary.EndsWith("End", System.StringComparison.Ordinal);
        var startYear = isEnd ? PreviousYear(yearArgument.Expression) : yearArgument.Expression.WithoutTrivia().ToString();
        var isDateTime = operation.Type?.SpecialType == SpecialType.System_DateTime;
        var text = $"new global::{typeName}({startYear}).{(isEnd ? "End" : "Start")}" + (isDateTime ? ".ToDateTimeUnspecified()" : string.Empty);
        var parsed = SyntaxFactory.ParseExpression(text);
        var replacement = parsed
            .ReplaceNodes(parsed.DescendantNodes().OfType<QualifiedNameSyntax>().Where(n => n.Parent is ObjectCreationExpressionSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(creation);
        var title = financial ? "Use FinancialYear" : "Use AcademicYear";
        context.RegisterCodeFix(
            CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(creation, replacement))), equivalenceKey: title),
            diagnostic);
    }

    /// <summary><c>y + 1</c> gives <c>y</c>; a literal gives the literal minus one; anything else <c>(expr) - 1</c>.</summary>
    private static string PreviousYear(ExpressionSyntax year)
    {
        year = year.WithoutTrivia();
        if (year is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } plusOne)
        {
            return plusOne.Left.WithoutTrivia().ToString();
        }

        if (year is LiteralExpressionSyntax { Token.Value: int literal })
        {
            return (literal - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return year is IdentifierNameSyntax or MemberAccessExpressionSyntax ? year + " - 1" : "(" + year + ") - 1";
    }
}
