using System.Threading.Tasks;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Send.Reporting.Templating;

/// <summary>
/// Scriban's <c>include</c>, whose result is already Markdown written by a template and so is not escaped again.
/// Where it may load from is decided by <see cref="TemplateFolderLoader"/>.
/// </summary>
internal sealed class SafeInclude : IScriptCustomFunction
{
    private readonly IncludeFunction inner = new();

    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public System.Type ReturnType => typeof(RawMarkdown);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawMarkdown(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawMarkdown(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? string.Empty);
}
