using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Scriban.Syntax;
using Send.Reporting.Templating;

namespace Send.Analyzers.Templates;

/// <summary>
/// Walks one parsed template: resolves variables against the declared model, assignments and known functions
/// (SEND2002), member chains against .NET types (SEND2003), and literal includes against the project's templates
/// (SEND2004). Visibility follows the report engine: a model exposes its public instance properties (not fields)
/// under <see cref="MemberNaming"/>, and the globals are <see cref="TemplateFunctionNames.All"/>.
/// </summary>
/// <remarks>
/// Assignments are collected over the whole template first, so a name assigned anywhere is known everywhere (no
/// false positive for a variable read in one branch and assigned in another, at the price of missing a read before
/// the first assignment). Inside a <c>with</c> block names resolve against the with-object, so SEND2002 is not
/// reported there; an <c>import</c> statement turns SEND2002 off for the whole template. Without a model declaration
/// SEND2003 is off, and SEND2002 checks against the top-level names of the folder's <c>data.schema.json</c> or
/// <c>sample.json</c> when the project passes one as an additional file (the generic route); otherwise it is off.
/// A council's own template functions are known through the <c>SendTemplateFunctions</c> MSBuild property.
/// </remarks>
internal sealed class TemplateWalker
{
    private readonly string _path;
    private readonly ITypeSymbol? _model;
    private readonly HashSet<string> _templates;
    private readonly TemplateLocations _locations;
    private readonly Action<Diagnostic> _report;
    /// <summary>Names Scriban itself gives meaning to inside code, whatever the engine registers.</summary>
    private static readonly string[] ScribanKeywords = { "for", "tablerow", "while", "this", "null", "true", "false" };

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private bool _checkVariables;

    private readonly IReadOnlyCollection<string>? _dataNames;
    private readonly IReadOnlyCollection<string> _functions;

    public TemplateWalker(string path, ITypeSymbol? model, HashSet<string> templates, TemplateLocations locations, Action<Diagnostic> report)
        : this(path, model, templates, locations, report, null, Array.Empty<string>())
    {
    }

    public TemplateWalker(string path, ITypeSymbol? model, HashSet<string> templates, TemplateLocations locations, Action<Diagnostic> report, IReadOnlyCollection<string>? dataNames, IReadOnlyCollection<string> functions)
    {
        _dataNames = dataNames;
        _functions = functions;
        _path = path;
        _model = model;
        _templates = templates;
        _locations = locations;
        _report = report;
    }

    public void Run(ScriptPage page)
    {
        var hasImport = TemplateDefinitions.Collect(page, _known);
        _known.UnionWith(ScribanKeywords);
        _known.UnionWith(TemplateFunctionNames.All);
        _known.UnionWith(_functions);
        if (_model is not null)
        {
            _known.UnionWith(MemberNames(_model));
        }
        else if (_dataNames is not null)
        {
            _known.UnionWith(_dataNames);
        }

        _checkVariables = (_model is not null || _dataNames is not null) && !hasImport;
        Walk(page, Scope.Root);
    }

    private void Walk(ScriptNode? node, Scope scope)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptExpression expression when expression is ScriptVariable or ScriptMemberExpression or ScriptIndexerExpression:
                Resolve(expression, scope);
                return;
            case ScriptForStatement loop:
                WalkLoop(loop, scope);
                return;
            case ScriptWithStatement with:
                Resolve(with.Name, scope);
                Walk(with.Body, scope.EnterWith());
                return;
            case ScriptNamedArgument named:
                Walk(named.Value, scope);
                return;
            case ScriptObjectMember member:
                Walk(member.Value, scope);
                return;
            case ScriptFunction function:
                Walk(function.Body, scope);
                return;
            case ScriptAssignExpression assign:
                if (assign.Target is not ScriptVariable)
                {
                    Walk(assign.Target, scope);
                }

                Walk(assign.Value, scope);
                return;
            case ScriptCaptureStatement capture:
                Walk(capture.Body, scope);
                return;
            case ScriptFunctionCall call:
                CheckInclude(call);
                break;
        }

        foreach (var child in node.Children)
        {
            Walk(child, scope);
        }
    }

    private void WalkLoop(ScriptForStatement loop, Scope scope)
    {
        var iterated = Resolve(loop.Iterator, scope);
        if (loop.NamedArguments is not null)
        {
            foreach (var argument in loop.NamedArguments)
            {
                Walk(argument.Value, scope);
            }
        }

        var inner = scope;
        if (loop.Variable is ScriptVariable variable)
        {
            inner = scope.Bind(variable.Name, ElementType(iterated));
        }

        Walk(loop.Body, inner);
        Walk(loop.Else, scope);
    }

    /// <summary>Walks an expression, reporting what it finds, and returns its .NET type when it can be known.</summary>
    private ITypeSymbol? Resolve(ScriptExpression? expression, Scope scope)
    {
        switch (expression)
        {
            case null:
                return null;
            case ScriptVariableGlobal variable:
                return ResolveVariable(variable, scope);
            case ScriptVariable:
                return null;
            case ScriptMemberExpression member:
                return ResolveMember(member, scope);
            case ScriptIndexerExpression indexer:
                var target = Resolve(indexer.Target, scope);
                Walk(indexer.Index, scope);
                return ElementType(target);
            default:
                Walk(expression, scope);
                return null;
        }
    }

    private ITypeSymbol? ResolveVariable(ScriptVariableGlobal variable, Scope scope)
    {
        var name = variable.Name;
        if (scope.TryGet(name, out var bound))
        {
            return bound;
        }

        if (scope.InWith || name.Length == 0)
        {
            return null;
        }

        if (_model is not null && FindMember(_model, name) is { } modelMember)
        {
            return modelMember;
        }

        if (_checkVariables && !_known.Contains(name))
        {
            _report(Diagnostic.Create(
                TemplateUnknownVariableRule.Descriptor,
                _locations.Get(variable.Span),
                name,
                Suggestions.DidYouMean(name, _known.Where(k => Array.IndexOf(ScribanKeywords, k) < 0))));
        }

        return null;
    }

    private ITypeSymbol? ResolveMember(ScriptMemberExpression member, Scope scope)
    {
        var target = Resolve(member.Target, scope);
        if (target is null || member.Member is not ScriptVariable name)
        {
            return null;
        }

        var found = FindMember(target, name.Name);
        if (found is not null)
        {
            return found;
        }

        if (IsCheckable(target) && !(name.Name == "size" && ElementType(target) is not null))
        {
            _report(Diagnostic.Create(
                TemplateUnknownMemberRule.Descriptor,
                _locations.Get(name.Span),
                "'" + name.Name + "' is not a member of '" + target.ToDisplayString() + "'"
                    + Suggestions.DidYouMean(name.Name, MemberNames(target))));
        }

        return null;
    }

    private void CheckInclude(ScriptFunctionCall call)
    {
        if (call.Target is not ScriptVariableGlobal { Name: "include" } || call.Arguments is null || call.Arguments.Count == 0
            || call.Arguments[0] is not ScriptLiteral { Value: string name } literal)
        {
            return;
        }

        // As the report engine's TemplateFolderLoader: the name exactly as written, inside the template's own folder.
        var unified = name.Replace('\\', '/');
        string reason;
        if (unified.Length == 0 || unified.StartsWith("/", StringComparison.Ordinal) || unified.IndexOf(':') >= 0
            || unified.Split('/').Contains(".."))
        {
            reason = "includes must name a file in the template's own folder (no '..', no absolute paths)";
        }
        else if (_templates.Contains(TemplatePaths.Normalize(TemplatePaths.Directory(TemplatePaths.Normalize(_path)) + "/" + unified)))
        {
            return;
        }
        else
        {
            reason = "no template of the project is at that path in this template's folder";
        }

        _report(Diagnostic.Create(TemplateMissingIncludeRule.Descriptor, _locations.Get(literal.Span), name, reason));
    }

    private static IEnumerable<string> MemberNames(ITypeSymbol type) =>
        AllMembers(type).Select(m => MemberNaming.ToTemplateName(m.Name)).Distinct(StringComparer.Ordinal);

    private static ITypeSymbol? FindMember(ITypeSymbol type, string templateName)
    {
        foreach (var member in AllMembers(type))
        {
            if (MemberNaming.ToTemplateName(member.Name) == templateName)
            {
                return ((IPropertySymbol)member).Type;
            }
        }

        return null;
    }

    private static IEnumerable<ISymbol> AllMembers(ITypeSymbol type)
    {
        var types = new List<ITypeSymbol>();
        for (var t = type; t is not null; t = t.BaseType)
        {
            types.Add(t);
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            types.AddRange(type.AllInterfaces);
        }

        foreach (var t in types)
        {
            foreach (var member in t.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                // As the report engine (ReportTemplateContext.IsVisibleMember): public instance properties only, no fields.
                if (member is IPropertySymbol { IsIndexer: false, GetMethod.DeclaredAccessibility: Accessibility.Public } && member.CanBeReferencedByName)
                {
                    yield return member;
                }
            }
        }
    }

    private static bool IsCheckable(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.Dynamic or TypeKind.TypeParameter or TypeKind.Error)
        {
            return false;
        }

        return !type.AllInterfaces.Concat(type is INamedTypeSymbol { TypeKind: TypeKind.Interface } self ? new[] { self } : Array.Empty<INamedTypeSymbol>())
            .Any(i => i.Name is "IDictionary" or "IReadOnlyDictionary" && i.ContainingNamespace?.ToDisplayString() is "System.Collections" or "System.Collections.Generic");
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return null;
            case IArrayTypeSymbol array:
                return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }

        foreach (var i in type.AllInterfaces)
        {
            if (i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return i.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>Loop variables in scope, and whether we are inside a <c>with</c> block.</summary>
    private sealed class Scope
    {
        public static readonly Scope Root = new(null, null, null, false);

        private readonly Scope? _parent;
        private readonly string? _name;
        private readonly ITypeSymbol? _type;

        private Scope(Scope? parent, string? name, ITypeSymbol? type, bool inWith)
        {
            _parent = parent;
            _name = name;
            _type = type;
            InWith = inWith;
        }

        public bool InWith { get; }

        public Scope Bind(string name, ITypeSymbol? type) => new(this, name, type, InWith);

        public Scope EnterWith() => new(this, null, null, true);

        public bool TryGet(string name, out ITypeSymbol? type)
        {
            for (var s = this; s is not null; s = s._parent)
            {
                if (s._name == name)
                {
                    type = s._type;
                    return true;
                }
            }

            type = null;
            return false;
        }
    }
}
