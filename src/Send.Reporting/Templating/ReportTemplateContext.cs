using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Send.Domain.Validation;

namespace Send.Reporting.Templating;

/// <summary>
/// Scriban's context configured for reports: strict names, snake_case members, limits, en-GB culture, and the one
/// place where interpolated values are escaped for Markdown.
/// </summary>
internal sealed class ReportTemplateContext : TemplateContext
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");
    private readonly List<DataProblem> problems;
    private readonly HashSet<(string, int, int)> reported = new();
    private readonly long allocationLimit;
    private ScriptNode? lastEvaluated;
    private readonly long allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();

    public ReportTemplateContext(ScriptObject builtins, string folder, TemplateLimits limits, List<DataProblem> problems)
        : base(builtins, StringComparer.Ordinal)
    {
        this.problems = problems;
        allocationLimit = limits.AllocationLimit;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedTargetAccess = false;
        LoopLimit = limits.LoopLimit;
        LoopLimitQueryable = limits.LoopLimit;
        RecursiveLimit = limits.RecursionLimit;
        OutputLimit = limits.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        LimitToString = limits.OutputLimit;
        MemberRenamer = member => MemberNaming.ToTemplateName(member.Name);
        MemberFilter = IsVisibleMember;
        TemplateLoader = new TemplateFolderLoader(folder);
        NewLine = "\n";
        TryGetVariable = RecordUnknownVariable;
        TryGetMember = RecordUnknownMember;
        PushCulture(EnglishUk);
    }

    /// <summary>
    /// Only public instance properties are visible to templates, and never ones that hand out reflection, delegates
    /// or other runtime machinery: a template sees the model's data, not .NET.
    /// </summary>
    internal static bool IsVisibleMember(MemberInfo member)
    {
        if (member is not PropertyInfo property || property.GetMethod is not { IsPublic: true, IsStatic: false } || property.GetIndexParameters().Length > 0)
        {
            return false;
        }

        var type = property.PropertyType;
        return !(typeof(MemberInfo).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type)
            || typeof(Assembly).IsAssignableFrom(type) || type == typeof(IntPtr) || type == typeof(UIntPtr)
            || (type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) ?? false));
    }

    /// <summary>Evaluates a node after checking the render's allocation budget (<see cref="TemplateLimits.AllocationLimit"/>).</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not null && GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart > allocationLimit)
        {
            throw new ScriptRuntimeException(scriptNode.Span, $"the template used more memory than the limit ({allocationLimit / (1024 * 1024)} MB) and was stopped");
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        lastEvaluated = scriptNode;
        return result;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
            case UnknownValue:
                return this;
            case RawMarkdown raw:
                return Write(raw.Markdown);
            default:
                return Write(MarkdownText.Escape(CheckedText(span, ObjectToString(textAsObject))));
        }
    }

    /// <summary>
    /// The one per-character decision for values: a vertical tab (Word's soft line break, common in exports) stays
    /// and is written as a line break; any other character a Word document cannot hold is a problem at the
    /// expression that wrote it, naming the expression and the character, and is left out so the render goes on.
    /// </summary>
    private string CheckedText(SourceSpan span, string text)
    {
        var bad = BadCharacter(text);
        if (bad < 0)
        {
            return text;
        }

        // Scriban writes a statement's value with the enclosing block's span; the statement just evaluated is the
        // expression that produced it.
        var node = lastEvaluated ?? CurrentNode;
        if (node is not null)
        {
            span = node.Span;
        }

        var expression = node?.ToString();
        var key = (span.FileName ?? string.Empty, span.Start.Line, span.Start.Column);
        if (reported.Add(key))
        {
            problems.Add(TemplateProblems.At(span, $"the value{(string.IsNullOrEmpty(expression) ? string.Empty : " of '" + DataExcerpt.Of(expression, 40) + "'")} holds the control character U+{(int)text[bad]:X4}, which a report cannot show") with
            {
                Value = text,
                Expected = "printable text (a vertical tab is a line break; remove other control characters from the data)",
                Code = "SEND-TEXT-CHAR",
            });
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsBad(text, i))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The index of the first character that an XML document cannot hold (a vertical tab is allowed: it becomes a line break), or -1.</summary>
    internal static int BadCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBad(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBad(string text, int i)
    {
        var c = text[i];
        if (c < ' ')
        {
            return c is not ('\t' or '\n' or '\r' or '\v');
        }

        if (c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        return char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }

    public override string ObjectToString(object? value, bool nested = false) =>
        value is UnknownValue ? string.Empty : base.ObjectToString(value, nested) ?? string.Empty;

    internal void Record(SourceSpan span, string message)
    {
        var key = (span.FileName ?? string.Empty, span.Start.Line, span.Start.Column);
        if (reported.Add(key))
        {
            problems.Add(TemplateProblems.At(span, message));
        }
    }

    private bool RecordUnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object value)
    {
        Record(span, $"unknown variable '{variable.Name}'" + Send.Analyzers.Templates.Suggestions.DidYouMean(variable.Name, context.CurrentGlobal is ScriptObject globals ? globals.Keys : System.Array.Empty<string>()));
        value = UnknownValue.Instance;
        return true;
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("A .NET object's properties are listed by reflection.")]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode("A .NET object's properties are listed by reflection.")]
    private static IEnumerable<string> VisibleMemberNames(object target) =>
        target.GetType().GetProperties().Where(IsVisibleMember).Select(p => MemberNaming.ToTemplateName(p.Name));

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when TypedModels.IsSupported, a feature guard that is false under native AOT and trimming.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when TypedModels.IsSupported, a feature guard that is false under native AOT and trimming.")]
    private bool RecordUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var owner = target switch
        {
            UnknownValue => null,
            Data.BoundObject bound => (bound.Origin.Path.Length == 0 ? "the data" : bound.Origin.Path) + " (" + bound.Origin + ")",
            ScriptObject => "object",
            _ => target?.GetType().Name,
        };
        if (owner is not null)
        {
            var near = Send.Analyzers.Templates.Suggestions.DidYouMean(member, target is ScriptObject members
                ? members.Keys
                : Trimming.TypedModels.IsSupported ? VisibleMemberNames(target!) : System.Array.Empty<string>());
            Record(span, $"unknown member '{member}' on {owner}{near}");
        }

        value = UnknownValue.Instance;
        return true;
    }
}
