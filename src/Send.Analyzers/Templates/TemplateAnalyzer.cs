using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Scriban;
using Scriban.Parsing;
using Send.Reporting.Templating;

namespace Send.Analyzers.Templates;

/// <summary>
/// Checks Scriban templates passed as AdditionalFiles (<c>*.scriban</c>, <c>*.sbn</c>): SEND2001 to SEND2004. Each
/// template is parsed once, with Scriban's parser only; nothing is ever rendered. Diagnostics are reported at the
/// template's own line and column.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Parsed templates by their text: the IDE builds a new compilation on every edit of C# code but keeps the same
    /// SourceText for an unchanged template, so a template is parsed again only when it changes.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, Template> ParsedTemplates = new();

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        TemplateSyntaxRule.Descriptor,
        TemplateUnknownVariableRule.Descriptor,
        TemplateUnknownMemberRule.Descriptor,
        TemplateMissingIncludeRule.Descriptor);

    /// <summary>The <c>.editorconfig</c> key prefix for a template rule's severity: <c>send_diagnostic.SEND2002.severity</c>.</summary>
    public const string SeverityKeyPrefix = "send_diagnostic.";

    /// <summary>True for the file names the analyzer treats as templates.</summary>
    public static bool IsTemplate(string path) =>
        path.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var templates = new HashSet<string>(StringComparer.Ordinal);
            var dataFiles = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
            foreach (var file in start.Options.AdditionalFiles)
            {
                if (IsTemplate(file.Path))
                {
                    templates.Add(TemplatePaths.Normalize(file.Path));
                }
                else if (TemplateData.IsDataFile(file.Path))
                {
                    dataFiles[TemplatePaths.Normalize(file.Path)] = file;
                }
            }

            start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.SendTemplateFunctions", out var declared);
            var functions = TemplateData.SplitNames(declared);

            if (templates.Count == 0)
            {
                return;
            }

            var compilation = start.Compilation;
            start.RegisterAdditionalFileAction(file =>
            {
                if (!IsTemplate(file.AdditionalFile.Path))
                {
                    return;
                }

                var text = file.AdditionalFile.GetText(file.CancellationToken);
                if (text is null)
                {
                    return;
                }

                var options = file.Options.AnalyzerConfigOptionsProvider.GetOptions(file.AdditionalFile);
                Analyze(file.AdditionalFile.Path, text, compilation, templates, dataFiles, functions, d => ReportConfigured(d, options, file.ReportDiagnostic), file.CancellationToken);
            });
        });
    }

    /// <summary>
    /// Applies the severity an <c>.editorconfig</c> section matching the template's path gives with
    /// <c>send_diagnostic.SEND2002.severity = warning</c> (under <c>[templates/**.scriban]</c>). The compiler applies
    /// <c>dotnet_diagnostic.*.severity</c> in path sections to C# files only and does not show those keys to analyzers,
    /// so templates have their own key; <c>dotnet_diagnostic</c> in a <c>.globalconfig</c> (all files) still works and
    /// wins, as the compiler applies it afterwards.
    /// </summary>
    private static void ReportConfigured(Diagnostic diagnostic, AnalyzerConfigOptions options, Action<Diagnostic> report)
    {
        if (!options.TryGetValue(SeverityKeyPrefix + diagnostic.Id + ".severity", out var configured)
            && !options.TryGetValue("dotnet_diagnostic." + diagnostic.Id + ".severity", out configured))
        {
            report(diagnostic);
            return;
        }

        DiagnosticSeverity? severity = configured.Trim().ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "suggestion" => DiagnosticSeverity.Info,
            "silent" or "refactoring" => DiagnosticSeverity.Hidden,
            "none" => null,
            _ => diagnostic.Severity,
        };
        if (severity is not { } effective)
        {
            return;
        }

        var descriptor = diagnostic.Descriptor;
        report(effective == diagnostic.Severity ? diagnostic : Diagnostic.Create(
            descriptor.Id, descriptor.Category, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), effective, descriptor.DefaultSeverity,
            isEnabledByDefault: true, warningLevel: effective == DiagnosticSeverity.Error ? 0 : 1, descriptor.Title, descriptor.Description, descriptor.HelpLinkUri,
            diagnostic.Location, diagnostic.AdditionalLocations, descriptor.CustomTags, diagnostic.Properties));
    }

    private static void Analyze(
        string path, SourceText sourceText, Compilation compilation, HashSet<string> templates,
        Dictionary<string, AdditionalText> dataFiles, IReadOnlyCollection<string> functions,
        Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var content = sourceText.ToString();
        var template = ParsedTemplates.GetValue(sourceText, _ => Template.Parse(content, path));
        var locations = new TemplateLocations(path, sourceText);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                if (message.Type == ParserMessageType.Error)
                {
                    report(Diagnostic.Create(TemplateSyntaxRule.Descriptor, locations.Get(message.Span), message.Message));
                }
            }

            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        ITypeSymbol? model = null;
        if (TemplateHeader.TryReadModelType(content, out var typeName, out var line))
        {
            model = compilation.GetTypeByMetadataName(typeName);
            if (model is null)
            {
                var lineText = sourceText.Lines[line - 1];
                var column = sourceText.ToString(lineText.Span).IndexOf(typeName, StringComparison.Ordinal);
                report(Diagnostic.Create(
                    TemplateUnknownMemberRule.Descriptor,
                    locations.Get(lineText.Start + Math.Max(0, column), typeName.Length),
                    "the declared model type '" + typeName + "' was not found in the compilation"));
            }
        }

        var dataNames = model is null && typeName is null ? TemplateData.Names(path, dataFiles, cancellationToken) : null;
        if (template.Page is { } page)
        {
            new TemplateWalker(path, model, templates, locations, report, dataNames, functions).Run(page);
        }
    }
}

/// <summary>Maps Scriban spans (zero-based lines and columns, inclusive end) to Roslyn locations in the template file.</summary>
internal sealed class TemplateLocations
{
    private readonly string _path;
    private readonly SourceText _text;

    public TemplateLocations(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    public Location Get(SourceSpan span)
    {
        var start = Math.Max(0, Math.Min(span.Start.Offset, _text.Length));
        var end = Math.Max(start, Math.Min(span.End.Offset + 1, _text.Length));
        return Get(start, end - start);
    }

    public Location Get(int offset, int length)
    {
        var start = Math.Max(0, Math.Min(offset, _text.Length));
        var end = Math.Max(start, Math.Min(offset + length, _text.Length));
        var textSpan = TextSpan.FromBounds(start, end);
        return Location.Create(_path, textSpan, _text.Lines.GetLinePositionSpan(textSpan));
    }
}
