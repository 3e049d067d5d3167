using System;
using System.Globalization;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Send.Reporting.Templating;

/// <summary>
/// A Scriban built-in whose size argument (<c>string.pad_left</c>'s width, <c>array.insert_at</c>'s index) is checked
/// against the output limit before it runs: one call must not allocate gigabytes before any other limit is looked at.
/// </summary>
internal sealed class SizeCheckedFunction : IScriptCustomFunction
{
    private readonly IScriptCustomFunction inner;
    private readonly string name;
    private readonly int sizeArgument;

    public SizeCheckedFunction(IScriptCustomFunction inner, string name, int sizeArgument)
    {
        this.inner = inner;
        this.name = name;
        this.sizeArgument = sizeArgument;
    }

    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => inner.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Check(context, callerContext, arguments);
        return inner.Invoke(context, callerContext!, arguments, blockStatement!);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Check(context, callerContext, arguments);
        return inner.InvokeAsync(context, callerContext!, arguments, blockStatement!);
    }

    private void Check(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        if (arguments.Count <= sizeArgument || arguments[sizeArgument] is not IConvertible value)
        {
            return;
        }

        decimal size;
        try
        {
            size = value.ToDecimal(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            return;
        }

        if (size > context.OutputLimit)
        {
            throw new ScriptRuntimeException(
                callerContext?.Span ?? default,
                string.Create(CultureInfo.InvariantCulture, $"{name} was asked for {size} characters or items, more than the output limit ({context.OutputLimit})"));
        }
    }
}
