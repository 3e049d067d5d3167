using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Send.Data.Parsing;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// Which field a printed row or column label is: the map's labels first, then the built-in ones, matched whatever
/// their case and spacing, with a unit in brackets at the end (<c>Local contribution (£000)</c>) read as the
/// field's unit, and a "did you mean" for a label that is close to one known.
/// </summary>
internal sealed partial class SheetLabels
{
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> ignored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> shown = new(StringComparer.Ordinal);

    /// <param name="builtIn">Field to its built-in labels.</param>
    /// <param name="known">Every field the table's JSON file has (a map may name only these).</param>
    /// <param name="map">The user's map.</param>
    /// <param name="problems">Receives a problem for each field the map names that the table does not have.</param>
    public SheetLabels(IReadOnlyDictionary<string, string[]> builtIn, IReadOnlyCollection<string> known, FinanceSheetMap map, List<DataProblem> problems)
    {
        foreach (var (field, given) in map.Fields)
        {
            if (!known.Contains(field))
            {
                var near = known.OrderBy(k => EditDistance.Between(k, field)).First();
                problems.Add(new DataProblem(map.Source ?? "(map)", "not a field of this table" + (EditDistance.Between(near, field) <= 3 ? $" (did you mean '{near}'?)" : string.Empty))
                {
                    Field = "fields." + field,
                    Value = field,
                    Expected = "one of " + string.Join(", ", known),
                    Code = ProblemCodes.FinanceSheet,
                });
                continue;
            }

            foreach (var label in given)
            {
                Add(label, field);
            }
        }

        foreach (var label in map.Ignore)
        {
            ignored.Add(Key(label).Key);
        }

        foreach (var (field, given) in builtIn)
        {
            foreach (var label in given)
            {
                Add(label, field);
            }
        }

        foreach (var field in known)
        {
            Add(field.Replace('_', ' '), field);
        }
    }

    /// <summary>What a label is: a field (with the unit its label gives, if any), a label to leave out, or unknown (with the nearest known label, if close).</summary>
    public (string? Field, bool Ignored, string? Unit, string? Suggestion) Resolve(string label)
    {
        var (key, unit) = Key(label);
        if (ignored.Contains(key) || ignored.Contains(Key(label, keepUnit: true).Key))
        {
            return (null, true, null, null);
        }

        if (labels.TryGetValue(key, out var field))
        {
            return (field, false, unit, null);
        }

        var near = labels.Keys.Where(k => k.Length > 0).OrderBy(k => EditDistance.Between(k, key)).FirstOrDefault();
        return near is not null && EditDistance.Between(near, key) <= Math.Max(2, key.Length / 4)
            ? (null, false, unit, $"'{shown[near]}' ({labels[near]})")
            : (null, false, unit, null);
    }

    /// <summary>A label as matched: lower case, no spaces, no trailing colon, and the unit at its end taken off (<c>(£000)</c>, <c>£m</c>).</summary>
    internal static (string Key, string? Unit) Key(string label, bool keepUnit = false)
    {
        var text = label.Trim().TrimEnd(':').Trim();
        string? unit = null;
        var match = UnitSuffix().Match(text);
        if (!keepUnit && match.Success && match.Index > 0)
        {
            unit = match.Groups["unit"].Value.ToLowerInvariant() switch { "£m" => "£m", "£" => "£", _ => "£000" };
            text = text.Substring(0, match.Index).TrimEnd().TrimEnd(':', ',').TrimEnd();
        }

        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(c is '–' or '—' ? '-' : char.ToLowerInvariant(c));
            }
        }

        return (key.ToString(), unit);
    }

    private void Add(string label, string field)
    {
        var key = Key(label).Key;
        if (labels.TryAdd(key, field))
        {
            shown[key] = label;
        }
    }

    [GeneratedRegex(@"[\s(]*(?<unit>£m|£000|£'000|£k|£)\s*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitSuffix();
}
