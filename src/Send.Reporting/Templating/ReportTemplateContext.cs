using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
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

    public ReportTemplateContext(ScriptObject builtins, string folder, TemplateLimits limits, List<DataProblem> problems)
        : base(builtins, StringComparer.Ordinal)
    {
        this.problems = problems;
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
                return Write(MarkdownText.Escape(ObjectToString(textAsObject)));
        }
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
        Record(span, $"unknown variable '{variable.Name}'");
        value = UnknownValue.Instance;
        return true;
    }

    private bool RecordUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var owner = target switch
        {
            UnknownValue => null,
            ScriptObject => "object",
            _ => target?.GetType().Name,
        };
        if (owner is not null)
        {
            Record(span, $"unknown member '{member}' on {owner}");
        }

        value = UnknownValue.Instance;
        return true;
    }
}
