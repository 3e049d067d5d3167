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
using Microsoft.CodeAnalysis.Operations;
using Send.Analyzers.Rules;

namespace Send.Analyzers.CodeFixes;

/// <summary>
/// SEND1005: <c>new LocalDate(y, 4, 1)</c> becomes <c>new FinancialYear(y).Start</c>; <c>(y, 3, 31)</c> becomes
/// <c>new FinancialYear(y - 1).End</c> (the year that ends then started the year before); likewise
/// <c>AcademicYear</c> for 1 September and 31 August. A <c>DateTime</c> gets <c>.ToDateTimeUnspecified()</c> appended.
/// The type name is written simply, with a <c>using Send.Domain.Calendars;</c> added when missing; Fix All fixes every
/// boundary of a document in one pass.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandWrittenYearBoundaryCodeFixProvider)), Shared]
public sealed class HandWrittenYearBoundaryCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.HandWrittenYearBoundary);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => EditorFixes.FixAll(Apply);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!await EditorFixes.CanApplyAsync(context.Document, diagnostic, DiagnosticIds.HandWrittenYearBoundary, Apply, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var financial = diagnostic.Properties.TryGetValue(HandWrittenYearBoundaryAnalyzer.BoundaryProperty, out var boundary)
            && boundary?.StartsWith("Financial", System.StringComparison.Ordinal) == true;
        EditorFixes.Register(context, diagnostic, financial ? "Use FinancialYear" : "Use AcademicYear", DiagnosticIds.HandWrittenYearBoundary, Apply);
    }

    private static bool Apply(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation
            || !diagnostic.Properties.TryGetValue(HandWrittenYearBoundaryAnalyzer.BoundaryProperty, out var boundary) || boundary is null
            || model.GetOperation(creation, cancellationToken) is not IObjectCreationOperation operation
            || operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "year")?.Syntax is not ArgumentSyntax yearArgument)
        {
            return false;
        }

        var financial = boundary.StartsWith("Financial", System.StringComparison.Ordinal);
        var yearType = model.Compilation.GetTypeByMetadataName(financial ? KnownTypes.FinancialYear : KnownTypes.AcademicYear);
        if (yearType is null)
        {
            return false;
        }

        var isEnd = boundary.EndsWith("End", System.StringComparison.Ordinal);
        var startYear = SyntaxFactory.ParseExpression(isEnd ? PreviousYear(yearArgument.Expression) : yearArgument.Expression.WithoutTrivia().ToString());
        var generator = editor.Generator;
        var replacement = generator.MemberAccessExpression(
            generator.ObjectCreationExpression(EditorFixes.TypeName(generator, yearType), startYear),
            isEnd ? "End" : "Start");
        if (operation.Type?.SpecialType == SpecialType.System_DateTime)
        {
            replacement = generator.InvocationExpression(generator.MemberAccessExpression(replacement, "ToDateTimeUnspecified"));
        }

        editor.ReplaceNode(creation, replacement.WithTriviaFrom(creation));
        return true;
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
