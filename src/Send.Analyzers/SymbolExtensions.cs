using Microsoft.CodeAnalysis;

namespace Send.Analyzers;

internal static class SymbolExtensions
{
    /// <summary>True when the symbol's namespace is <paramref name="ns"/> or one of its sub-namespaces.</summary>
    public static bool IsInNamespace(this ISymbol? symbol, string ns)
    {
        var containing = symbol?.ContainingNamespace;
        if (containing is null || containing.IsGlobalNamespace)
        {
            return false;
        }

        var name = containing.ToDisplayString();
        return name == ns || (name.Length > ns.Length && name.StartsWith(ns, System.StringComparison.Ordinal) && name[ns.Length] == '.');
    }

    /// <summary>True when <paramref name="type"/> is, or is nested in, a type in <paramref name="ns"/>.</summary>
    public static bool IsTypeInNamespace(this ITypeSymbol? type, string ns)
    {
        while (type is not null)
        {
            if (type.IsInNamespace(ns))
            {
                return true;
            }

            type = type.ContainingType;
        }

        return false;
    }
}
