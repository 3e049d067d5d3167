using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Send.Reporting.Templating;

/// <summary>
/// Stands in for an unknown variable or member after its problem has been recorded, so that rendering can carry on
/// and report every unknown name at once; any member of it is itself, and it writes nothing.
/// </summary>
internal sealed class UnknownValue : ScriptObject
{
    public static readonly UnknownValue Instance = new();

    private UnknownValue()
        : base(0, autoImportStaticsFromThisType: false)
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        value = this;
        return true;
    }
}
