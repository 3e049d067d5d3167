using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Send.Analyzers.CodeFixes;

/// <summary>
/// One fix, written once as an edit of a <see cref="SyntaxEditor"/>, used both for the light-bulb fix and for Fix All
/// (document, project, solution: what <c>dotnet format analyzers</c> asks for). Fix All applies every diagnostic of a
/// document in one editor, so nested and neighbouring fixes land in one pass; names are written fully qualified with
/// <see cref="EditorFixes.TypeName"/>, then a <c>using</c> is added and they are simplified.
/// </summary>
internal delegate bool EditorFix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken);

/// <summary>Helpers shared by Send's code-fix providers.</summary>
internal static class EditorFixes
{
    /// <summary>Registers one code action that applies <paramref name="fix"/> to the context's first diagnostic.</summary>
    public static void Register(CodeFixContext context, Diagnostic diagnostic, string title, string equivalenceKey, EditorFix fix) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                async ct =>
                {
                    var (editor, model) = await OpenAsync(context.Document, ct).ConfigureAwait(false);
                    return fix(editor, model, diagnostic, equivalenceKey, ct)
                        ? await CleanUpAsync(context.Document.WithSyntaxRoot(editor.GetChangedRoot()), ct).ConfigureAwait(false)
                        : context.Document;
                },
                equivalenceKey),
            diagnostic);

    /// <summary>True when the fix can be applied (a dry run on a throw-away editor).</summary>
    public static async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, string equivalenceKey, EditorFix fix, CancellationToken cancellationToken)
    {
        var (editor, model) = await OpenAsync(document, cancellationToken).ConfigureAwait(false);
        return fix(editor, model, diagnostic, equivalenceKey, cancellationToken);
    }

    private static async Task<(SyntaxEditor Editor, SemanticModel Model)> OpenAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return (new SyntaxEditor(root!, document.Project.Solution.Services), model!);
    }

    /// <summary>
    /// Adds the <c>using</c> directives for names written with <see cref="TypeName"/>
    /// and simplifies them (<c>global::Send.Domain.Calendars.FinancialYear</c> becomes <c>FinancialYear</c>). Done here,
    /// not left to the code action's clean-up, because not every host (dotnet format, the test harness) adds imports.
    /// </summary>
    private static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        document = await AddUsingsAsync(document, cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private const string ImportKind = "Send.Import";

    /// <summary>
    /// The type's name, fully qualified, marked so that <see cref="CleanUpAsync"/> adds a <c>using</c> for its namespace
    /// and then simplifies it.
    /// </summary>
    public static SyntaxNode TypeName(SyntaxGenerator generator, ITypeSymbol type) =>
        generator.TypeExpression(type).WithAdditionalAnnotations(
            Simplifier.Annotation,
            new SyntaxAnnotation(ImportKind, type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty));

    /// <summary>
    /// A <c>using</c> directive, at the top of the file in order (System first), for the namespace of each name made
    /// with <see cref="TypeName"/> that the file does not import yet. (Roslyn's own ImportAdder did not add them in the
    /// hosts tried: the test harness and dotnet format.)
    /// </summary>
    private static async Task<Document> AddUsingsAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
        {
            return document;
        }

        var present = unit.Usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None)).Select(u => u.Name?.ToString()).ToImmutableHashSet();
        var needed = unit.GetAnnotatedNodes(ImportKind)
            .SelectMany(n => n.GetAnnotations(ImportKind))
            .Select(a => a.Data!)
            .Where(ns => ns.Length > 0 && !present.Contains(ns))
            .Distinct()
            .OrderBy(ns => ns, System.StringComparer.Ordinal)
            .ToList();
        if (needed.Count == 0)
        {
            return document;
        }

        var usings = unit.Usings;
        foreach (var ns in needed)
        {
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).WithAdditionalAnnotations(Formatter.Annotation);
            var index = 0;
            while (index < usings.Count && string.CompareOrdinal(usings[index].Name?.ToString(), ns) < 0
                && !(ns.StartsWith("System", System.StringComparison.Ordinal) && usings[index].Name?.ToString().StartsWith("System", System.StringComparison.Ordinal) != true))
            {
                index++;
            }

            usings = usings.Insert(index, directive);
        }

        var updated = unit.WithUsings(usings);
        return document.WithSyntaxRoot(updated);
    }

    /// <summary>Fix All for a provider whose fixes are <paramref name="fix"/>.</summary>
    public static FixAllProvider FixAll(EditorFix fix) => new DocumentFixAll(fix);

    private sealed class DocumentFixAll(EditorFix fix) : DocumentBasedFixAllProvider
    {
        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var (editor, model) = await OpenAsync(document, fixAllContext.CancellationToken).ConfigureAwait(false);
            var changed = false;
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                changed |= fix(editor, model, diagnostic, fixAllContext.CodeActionEquivalenceKey ?? string.Empty, fixAllContext.CancellationToken);
            }

            return changed ? await CleanUpAsync(document.WithSyntaxRoot(editor.GetChangedRoot()), fixAllContext.CancellationToken).ConfigureAwait(false) : document;
        }
    }
}
