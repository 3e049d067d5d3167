using System;
using System.Collections.Generic;

namespace Send.Data.Finance;

/// <summary>
/// Where the fields of a generated JSON document came from (a field of another file, or a cell of a sheet), so that
/// a reader's problems about the generated document can be put back where the user wrote the value.
/// </summary>
/// <typeparam name="T">What a field maps to.</typeparam>
/// <remarks>
/// A field is found exactly, else by its longest mapped prefix (<c>years[1]</c> for <c>years[1].local</c> when
/// only the year's column is mapped); the part after the prefix is returned so that it can be kept. Not thread-safe
/// while being filled.
/// </remarks>
internal sealed class FieldPathMap<T>
{
    private readonly Dictionary<string, T> map = new(StringComparer.Ordinal);

    public void Add(string field, T value) => map[field] = value;

    public bool TryFind(string? field, out T value, out string rest)
    {
        rest = string.Empty;
        for (var candidate = field; !string.IsNullOrEmpty(candidate); candidate = Parent(candidate))
        {
            if (map.TryGetValue(candidate, out value!))
            {
                rest = field!.Substring(candidate.Length);
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary><c>years[1]</c> for <c>years[1].local</c>, <c>years</c> for <c>years[1]</c>, empty at the top.</summary>
    private static string Parent(string field)
    {
        var cut = Math.Max(field.LastIndexOf('.'), field.LastIndexOf('['));
        return cut <= 0 ? string.Empty : field.Substring(0, cut);
    }
}
