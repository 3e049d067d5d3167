using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using Send.Domain.Validation;
using Send.Reporting.Functions;
using Send.Reporting.Trimming;

namespace Send.Reporting.Templating;

/// <summary>
/// Runs a <see cref="ReportTemplate"/> over a model and returns the Markdown it writes, safely: strict names, limits
/// on loops, recursion, output and time, includes only from the template's folder, and every interpolated value
/// escaped exactly once.
/// </summary>
/// <remarks>
/// <para>
/// The model's public properties become the template's top-level variables under <see cref="MemberNaming"/>
/// (<c>CouncilName</c> is <c>council_name</c>); nested objects are reached the same way. Only properties are visible:
/// no methods, no fields, nothing that hands out reflection types. The functions a template may call are listed in
/// <see cref="TemplateFunctionNames"/>; further functions (for example the domain table functions) can be added
/// through the constructor.
/// </para>
/// <para>
/// All problems (unknown variables and members, wrong argument kinds, limits) are collected and thrown together in
/// one <see cref="DataException"/>, each reading <c>path(line,col): message</c>. Rendering goes on after an unknown
/// name so that every unknown name on the path taken is reported at once. Thread-safe.
/// </para>
/// </remarks>
public sealed class TemplateRenderer
{
    private static readonly ScriptObject Builtins = CreateBuiltins();

    // Each function class's functions, found by reflection once per process and shared by every render: a Scriban
    // function object holds no state, and reflection under native AOT costs milliseconds a class.
    private static readonly ConcurrentDictionary<Type, ScriptObject> ImportedFunctions = new();
    private readonly TemplateLimits limits;
    private readonly IReadOnlyList<Type> functionClasses;

    /// <summary>Creates a renderer.</summary>
    /// <param name="limits">The limits; <see cref="TemplateLimits.Default"/> when null.</param>
    /// <param name="functionClasses">Static classes whose public static methods become extra template functions (named by <see cref="MemberNaming"/>).</param>
    /// <remarks>
    /// The functions are found by reflection over each class's public static methods. In a trimmed or native AOT app
    /// those methods must be kept: Send's own classes are (DynamicDependency below); root your own the same way.
    /// </remarks>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ReportFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(DomainTables))]
    public TemplateRenderer(TemplateLimits? limits = null, IEnumerable<Type>? functionClasses = null)
    {
        this.limits = limits ?? TemplateLimits.Default;
        var classes = new List<Type> { typeof(ReportFunctions), typeof(DomainTables) };
        if (functionClasses is not null)
        {
            classes.AddRange(functionClasses);
        }

        this.functionClasses = classes;
    }

    /// <summary>Renders the template with a model.</summary>
    /// <param name="template">The parsed template.</param>
    /// <param name="model">The model: any object whose public properties the template reads, or a Scriban <see cref="ScriptObject"/>.</param>
    /// <param name="cancellationToken">Stops the render early; the time limit applies as well.</param>
    /// <returns>The Markdown the template wrote.</returns>
    /// <exception cref="DataException">The template has problems; all are listed.</exception>
    public string Render(ReportTemplate template, object model, CancellationToken cancellationToken = default) =>
        Render(template, model, limits.TimeLimit, cancellationToken);

    /// <summary>
    /// Does the one-off work of a first render (Scriban's built-in functions, the function classes' reflection) now,
    /// so that a caller can do it on another thread while the data loads. Rendering without it gives the same output.
    /// </summary>
    internal void Prepare()
    {
        _ = Builtins.Count;
        foreach (var type in functionClasses)
        {
            _ = FunctionsOf(type);
        }
    }

    /// <summary>The built-in names every render sees (for tests).</summary>
    internal static ScriptObject BuiltinNames => Builtins;

    /// <summary>The limits this renderer applies.</summary>
    internal TemplateLimits Limits => limits;

    /// <summary>Renders with <paramref name="timeLeft"/> of the render's one deadline left (see <see cref="ReportEngine"/>).</summary>
    internal string Render(ReportTemplate template, object model, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<DataProblem>();
        var context = new ReportTemplateContext(Builtins, template.Folder, limits, problems);
        var globals = CreateGlobals(model);
        context.PushGlobal(globals);
        var known = new HashSet<string>(globals.Keys.Concat(Builtins.Keys), StringComparer.Ordinal);
        foreach (var (name, span) in StaticNameCheck.UnknownGlobals(template.Parsed.Page!, known))
        {
            context.Record(span, $"unknown variable '{name}'" + Send.Analyzers.Templates.Suggestions.DidYouMean(name, known));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLeft > TimeSpan.Zero ? timeLeft : TimeSpan.Zero);
        context.CancellationToken = timeout.Token;
        string? output = null;
        try
        {
            output = template.Parsed.Render(context);
        }
        catch (ScriptRuntimeException ex) when (!timeout.IsCancellationRequested && FindDataException(ex) is DataException data)
        {
            // A domain function read bound data and found problems in it: they point into the data file, not the template.
            problems.AddRange(data.Problems);
        }
        catch (ScriptRuntimeException ex) when (!timeout.IsCancellationRequested)
        {
            context.Record(ex.Span, Describe(ex));
        }
        catch (InsufficientExecutionStackException)
        {
            // Scriban checks the stack itself before it could overflow (deeply nested expressions).
            context.Record(context.CurrentNode?.Span ?? default, "the template nests expressions too deeply");
        }
        catch (DataException ex) when (!timeout.IsCancellationRequested)
        {
            problems.AddRange(ex.Problems);
        }
        catch (Exception ex) when (timeout.IsCancellationRequested && ex is ScriptRuntimeException or OperationCanceledException)
        {
            var span = (ex as ScriptRuntimeException)?.Span ?? context.CurrentNode?.Span ?? default;
            var reason = cancellationToken.IsCancellationRequested
                ? "the render was cancelled"
                : $"the template ran for longer than the time limit ({limits.TimeLimit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s) and was stopped";
            problems.Add(span.FileName is null ? new DataProblem(template.Source, reason) { Code = TemplateProblems.Code } : TemplateProblems.At(span, reason));
        }

        if (problems.Count > 0)
        {
            throw new DataException(problems.OrderBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0));
        }

        return output ?? string.Empty;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when TypedModels.IsSupported, a feature guard that is false under native AOT and trimming (the net8.0 analyzer does not know FeatureGuard).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when TypedModels.IsSupported, a feature guard that is false under native AOT and trimming (the net8.0 analyzer does not know FeatureGuard).")]
    private ScriptObject CreateGlobals(object model)
    {
        var globals = new ScriptObject(StringComparer.Ordinal);
        foreach (var type in functionClasses)
        {
            FunctionsOf(type).CopyTo(globals);
        }

        if (model is IScriptObject scriptObject)
        {
            globals.Import(scriptObject);
        }
        else if (TypedModels.IsSupported)
        {
            ImportModel(globals, model);
        }
        else
        {
            throw new NotSupportedException("A typed .NET model needs reflection, which this trimmed or native AOT build does not have; pass the data as a Scriban object (ReportData) instead.");
        }

        return globals;
    }

    // Scriban's Import reads the public static methods of a function class by reflection. Send's own function classes
    // are kept whole by the DynamicDependency attributes on the constructor and on ReportPack's; a caller's own classes
    // must be rooted by the caller in a trimmed app (see the constructor's remarks).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Function classes' public methods are rooted by DynamicDependency (ours) or by the caller (theirs).")]
    private static ScriptObject FunctionsOf(Type type) =>
        ImportedFunctions.GetOrAdd(type, static t =>
        {
            var functions = new ScriptObject(StringComparer.Ordinal);
            functions.Import(t, ScriptMemberImportFlags.Method, null, member => MemberNaming.ToTemplateName(member.Name));
            return functions;
        });

    [RequiresUnreferencedCode("A typed model's properties are read by reflection.")]
    [RequiresDynamicCode("A typed model's properties are read by reflection.")]
    private static void ImportModel(ScriptObject globals, object model) =>
        globals.Import(model, ScriptMemberImportFlags.Property, ReportTemplateContext.IsVisibleMember, member => MemberNaming.ToTemplateName(member.Name));

    private static DataException? FindDataException(Exception ex)
    {
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is DataException data)
            {
                return data;
            }
        }

        return null;
    }

    private static string Describe(ScriptRuntimeException ex)
    {
        var message = ex.OriginalMessage;
        if (ex.InnerException is ArgumentException inner && !string.IsNullOrEmpty(inner.Message))
        {
            message = inner.Message;
        }

        return message;
    }

    /// <summary>
    /// The built-in names, frozen: each kept Scriban module is copied into a read-only object (so that
    /// <c>{{ string.seen = "yes" }}</c> is an error, not state that leaks into the next render or races with a render
    /// on another thread), without the functions that would make output differ from run to run.
    /// </summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(StringFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ArrayFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(MathFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Rooting the modules' public methods also roots the static ScriptObject.From they inherit, which needs reflection; Module imports declared methods only and nothing calls From.")]
    private static ScriptObject CreateBuiltins()
    {
        // Only the kept modules are made: Scriban's full set (new BuiltinFunctions()) builds date, html, object, regex and
        // timespan as well, about 10 ms of reflection under native AOT that no template could use.
        var kept = new ScriptObject(StringComparer.Ordinal);
        kept.SetValue(TemplateFunctionNames.StringModule, Frozen(TemplateFunctionNames.StringModule, Module(typeof(StringFunctions))), true);
        kept.SetValue(TemplateFunctionNames.ArrayModule, Frozen(TemplateFunctionNames.ArrayModule, Module(typeof(ArrayFunctions))), true);
        kept.SetValue(TemplateFunctionNames.MathModule, Frozen(TemplateFunctionNames.MathModule, Module(typeof(MathFunctions))), true);
        kept.SetValue(TemplateFunctionNames.Empty, EmptyScriptObject.Default, true);
        kept.SetValue(TemplateFunctionNames.Blank, EmptyScriptObject.Default, true);

        kept.SetValue(TemplateFunctionNames.Include, new SafeInclude(), true);
        kept.IsReadOnly = true;
        return kept;
    }

    // A Scriban module's functions, found from its public static methods as Import finds ours: the same names and
    // functions as the module's own constructor makes (a test compares them), without asking each of its delegates for
    // its method, which under native AOT first builds a reverse map of every method in the program (about 5 ms).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The three modules' public methods are rooted by DynamicDependency on CreateBuiltins.")]
    private static ScriptObject Module(Type type)
    {
        var module = new ScriptObject(StringComparer.Ordinal);
        module.Import(type, ScriptMemberImportFlags.Method, null, null);
        return module;
    }

    private static ScriptObject Frozen(string moduleName, ScriptObject module)
    {
        var copy = new ScriptObject(StringComparer.Ordinal);
        foreach (var member in module)
        {
            var value = (moduleName, member.Key, member.Value) switch
            {
                // math.uuid and math.random would make two renders of the same inputs differ.
                (_, "uuid" or "random", _) => null,
                (_, "pad_left" or "pad_right" or "insert_at", IScriptCustomFunction function) => new SizeCheckedFunction(function, moduleName + "." + member.Key, sizeArgument: 1),
                _ => member.Value,
            };
            if (value is not null)
            {
                copy.SetValue(member.Key, value, true);
            }
        }

        copy.IsReadOnly = true;
        return copy;
    }
}
