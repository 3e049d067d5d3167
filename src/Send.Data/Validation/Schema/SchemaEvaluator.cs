using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;

namespace Send.Data.Validation.Schema;

/// <summary>What kind of rule a value broke.</summary>
internal enum SchemaProblemKind
{
    PropertyRequired,
    NoAdditionalPropertiesAllowed,
    WrongType,
    NotInEnumeration,
    NotConst,
    PatternMismatch,
    PatternTimeout,
    DateExpected,
    NumberTooSmall,
    NumberTooBig,
    StringTooShort,
    StringTooLong,
    TooFewItems,
    TooManyItems,
    ItemsNotUnique,
    MatchesSeveral,
    MatchesNot,
    NothingAllowed,
    TooDeep,
}

/// <summary>One broken rule, before positions are looked up.</summary>
/// <param name="Kind">The rule.</param>
/// <param name="Path">The value (for a missing or extra property: the object that holds it).</param>
/// <param name="Instance">The value.</param>
/// <param name="Schema">The schema that holds the rule.</param>
/// <param name="Property">The missing or extra property's name, or null.</param>
internal sealed record SchemaProblem(SchemaProblemKind Kind, InstancePath Path, JsonElement Instance, SchemaNode Schema, string? Property = null);

/// <summary>
/// Checks a <see cref="JsonElement"/> tree against a compiled schema, collecting every broken rule.
/// </summary>
/// <remarks>
/// <para>
/// Keywords apply only to values of their own type (as JSON Schema says): <c>minLength</c> ignores numbers, and so on.
/// When a value has the wrong <c>type</c>, that is the one problem reported for it (its other keywords would only
/// repeat it). <c>$ref</c> is applied together with any keywords beside it.
/// </para>
/// <para>
/// <c>oneOf</c> and <c>anyOf</c>: when no alternative matches, the problems of ONE alternative are reported, chosen
/// in this order: the alternative whose discriminator matches (an object property that the alternative pins with
/// <c>const</c> or a one-value <c>enum</c>, such as <c>"kind": { "const": "chart" }</c>); else an alternative whose
/// <c>type</c> accepts the value, preferring one that is not just <c>{ "type": "null" }</c>; then the one with the
/// fewest problems; then the first. So a wrong field inside an optional object is reported as that field, not as
/// "null was expected". When more than one <c>oneOf</c> alternative matches, that is one problem on the value.
/// </para>
/// </remarks>
internal static class SchemaEvaluator
{
    /// <summary>How deeply schemas may apply to one document before validation stops (a guard; cycles are rejected at load).</summary>
    private const int MaxDepth = 1000;

    public static void Evaluate(SchemaNode node, JsonElement instance, InstancePath path, List<SchemaProblem> sink, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.TooDeep, path, instance, node));
            return;
        }

        if (node.RejectsEverything)
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.NothingAllowed, path, instance, node));
            return;
        }

        if (node.RefTarget is not null)
        {
            Evaluate(node.RefTarget, instance, path, sink, depth + 1);
        }

        if (node.Types != JsonTypes.None && !Accepts(node.Types, instance))
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.WrongType, path, instance, node));
            return;
        }

        if (node.Enum is not null && !InEnum(node.Enum, instance))
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.NotInEnumeration, path, instance, node));
        }

        if (node.Const is JsonElement constant && !JsonEquality.AreEqual(constant, instance))
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.NotConst, path, instance, node));
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(node, instance, path, sink);
                break;
            case JsonValueKind.Number:
                CheckNumber(node, instance, path, sink);
                break;
            case JsonValueKind.Object:
                CheckObject(node, instance, path, sink, depth);
                break;
            case JsonValueKind.Array:
                CheckArray(node, instance, path, sink, depth);
                break;
        }

        if (node.AllOf is not null)
        {
            foreach (var branch in node.AllOf)
            {
                Evaluate(branch, instance, path, sink, depth + 1);
            }
        }

        if (node.AnyOf is not null)
        {
            var results = Branches(node.AnyOf, instance, path, depth);
            if (!results.Any(r => r.Count == 0))
            {
                sink.AddRange(results[Choose(node.AnyOf, results, instance)]);
            }
        }

        if (node.OneOf is not null)
        {
            var results = Branches(node.OneOf, instance, path, depth);
            var matches = results.Count(r => r.Count == 0);
            if (matches == 0)
            {
                sink.AddRange(results[Choose(node.OneOf, results, instance)]);
            }
            else if (matches > 1)
            {
                sink.Add(new SchemaProblem(SchemaProblemKind.MatchesSeveral, path, instance, node));
            }
        }

        if (node.Not is not null)
        {
            var inner = new List<SchemaProblem>();
            Evaluate(node.Not, instance, path, inner, depth + 1);
            if (inner.Count == 0)
            {
                sink.Add(new SchemaProblem(SchemaProblemKind.MatchesNot, path, instance, node));
            }
        }
    }

    private static bool InEnum(JsonElement[] values, JsonElement instance)
    {
        foreach (var value in values)
        {
            if (JsonEquality.AreEqual(value, instance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a value is of one of <paramref name="types"/>; "integer" is a number with no fractional part (1.0 is one).</summary>
    public static bool Accepts(JsonTypes types, JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Null => (types & JsonTypes.Null) != 0,
        JsonValueKind.True or JsonValueKind.False => (types & JsonTypes.Boolean) != 0,
        JsonValueKind.Object => (types & JsonTypes.Object) != 0,
        JsonValueKind.Array => (types & JsonTypes.Array) != 0,
        JsonValueKind.String => (types & JsonTypes.String) != 0,
        JsonValueKind.Number => (types & JsonTypes.Number) != 0 || ((types & JsonTypes.Integer) != 0 && IsWhole(instance)),
        _ => false,
    };

    private static bool IsWhole(JsonElement number) =>
        number.TryGetDecimal(out var d) ? d == decimal.Truncate(d) : Math.Floor(JsonEquality.ToDouble(number)) == JsonEquality.ToDouble(number);

    private static void CheckString(SchemaNode node, JsonElement instance, InstancePath path, List<SchemaProblem> sink)
    {
        if (node.MinLength is null && node.MaxLength is null && node.Pattern is null && !node.FormatDate)
        {
            return;
        }

        var text = instance.GetString()!;
        if (node.MinLength is not null || node.MaxLength is not null)
        {
            var length = CodePoints(text);
            if (length < node.MinLength)
            {
                sink.Add(new SchemaProblem(SchemaProblemKind.StringTooShort, path, instance, node));
            }

            if (length > node.MaxLength)
            {
                sink.Add(new SchemaProblem(SchemaProblemKind.StringTooLong, path, instance, node));
            }
        }

        if (node.Pattern is not null)
        {
            try
            {
                if (!node.Pattern.IsMatch(text))
                {
                    sink.Add(new SchemaProblem(SchemaProblemKind.PatternMismatch, path, instance, node));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                sink.Add(new SchemaProblem(SchemaProblemKind.PatternTimeout, path, instance, node));
            }
        }

        if (node.FormatDate && !IsIsoDate(text))
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.DateExpected, path, instance, node));
        }
    }

    /// <summary>The length JSON Schema means: Unicode code points (a surrogate pair counts once).</summary>
    public static int CodePoints(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="text"/> is exactly <c>YYYY-MM-DD</c> naming a real date in the ISO calendar (years 0001 to 9999).</summary>
    public static bool IsIsoDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    private static void CheckNumber(SchemaNode node, JsonElement instance, InstancePath path, List<SchemaProblem> sink)
    {
        if (Below(instance, node.Minimum) || Below(instance, node.ExclusiveMinimum))
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.NumberTooSmall, path, instance, node));
        }

        if (Above(instance, node.Maximum) || Above(instance, node.ExclusiveMaximum))
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.NumberTooBig, path, instance, node));
        }
    }

    private static bool Below(JsonElement value, NumberBound? bound)
    {
        if (bound is null)
        {
            return false;
        }

        var comparison = Compare(value, bound);
        return bound.Exclusive ? comparison <= 0 : comparison < 0;
    }

    private static bool Above(JsonElement value, NumberBound? bound)
    {
        if (bound is null)
        {
            return false;
        }

        var comparison = Compare(value, bound);
        return bound.Exclusive ? comparison >= 0 : comparison > 0;
    }

    /// <summary>Compares exactly in decimal when both fit; otherwise (values beyond ±7.9e28) in double.</summary>
    private static int Compare(JsonElement value, NumberBound bound) =>
        bound.Decimal is decimal b && value.TryGetDecimal(out var v) ? v.CompareTo(b) : JsonEquality.ToDouble(value).CompareTo(bound.Double);

    private static void CheckObject(SchemaNode node, JsonElement instance, InstancePath path, List<SchemaProblem> sink, int depth)
    {
        if (node.Required is not null)
        {
            foreach (var name in node.Required)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    sink.Add(new SchemaProblem(SchemaProblemKind.PropertyRequired, path, instance, node, name));
                }
            }
        }

        if (node.Properties is null && node.AdditionalProperties is null)
        {
            return;
        }

        foreach (var property in instance.EnumerateObject())
        {
            if (node.Properties is not null && node.Properties.TryGetValue(property.Name, out var schema))
            {
                Evaluate(schema, property.Value, path.Property(property.Name), sink, depth + 1);
            }
            else if (node.AdditionalProperties is SchemaNode additional)
            {
                if (additional.RejectsEverything)
                {
                    sink.Add(new SchemaProblem(SchemaProblemKind.NoAdditionalPropertiesAllowed, path, instance, node, property.Name));
                }
                else
                {
                    Evaluate(additional, property.Value, path.Property(property.Name), sink, depth + 1);
                }
            }
        }
    }

    private static void CheckArray(SchemaNode node, JsonElement instance, InstancePath path, List<SchemaProblem> sink, int depth)
    {
        var count = instance.GetArrayLength();
        if (count < node.MinItems)
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.TooFewItems, path, instance, node));
        }

        if (count > node.MaxItems)
        {
            sink.Add(new SchemaProblem(SchemaProblemKind.TooManyItems, path, instance, node));
        }

        if (node.UniqueItems)
        {
            var items = new JsonElement[count];
            var k = 0;
            foreach (var item in instance.EnumerateArray())
            {
                items[k++] = item;
            }

            for (var i = 1; i < items.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonEquality.AreEqual(items[i], items[j]))
                    {
                        sink.Add(new SchemaProblem(SchemaProblemKind.ItemsNotUnique, path.Item(i), items[i], node));
                        break;
                    }
                }
            }
        }

        if (node.Items is not null)
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Evaluate(node.Items, item, path.Item(index++), sink, depth + 1);
            }
        }
    }

    private static List<SchemaProblem>[] Branches(IReadOnlyList<SchemaNode> branches, JsonElement instance, InstancePath path, int depth)
    {
        var results = new List<SchemaProblem>[branches.Count];
        for (var i = 0; i < branches.Count; i++)
        {
            results[i] = new List<SchemaProblem>();
            Evaluate(branches[i], instance, path, results[i], depth + 1);
        }

        return results;
    }

    /// <summary>Chooses the alternative whose problems to report when none matches (see the class remarks).</summary>
    private static int Choose(IReadOnlyList<SchemaNode> branches, List<SchemaProblem>[] results, JsonElement instance)
    {
        for (var i = 0; i < branches.Count; i++)
        {
            if (DiscriminatorMatches(branches[i].Resolved, instance))
            {
                return i;
            }
        }

        var best = 0;
        (int, int, int) Rank(int i)
        {
            var resolved = branches[i].Resolved;
            var typeFits = resolved.Types == JsonTypes.None || Accepts(resolved.Types, instance) ? 0 : 1;
            var onlyNull = resolved.Types == JsonTypes.Null ? 1 : 0;
            return (typeFits, onlyNull, results[i].Count);
        }

        for (var i = 1; i < branches.Count; i++)
        {
            if (Rank(i).CompareTo(Rank(best)) < 0)
            {
                best = i;
            }
        }

        return best;
    }

    private static bool DiscriminatorMatches(SchemaNode branch, JsonElement instance)
    {
        if (instance.ValueKind != JsonValueKind.Object || branch.Properties is null)
        {
            return false;
        }

        foreach (var (name, schema) in branch.Properties)
        {
            var pinned = schema.Resolved;
            var value = pinned.Const ?? (pinned.Enum is { Length: 1 } one ? one[0] : null);
            if (value is JsonElement expected && instance.TryGetProperty(name, out var actual) && JsonEquality.AreEqual(expected, actual))
            {
                return true;
            }
        }

        return false;
    }
}
