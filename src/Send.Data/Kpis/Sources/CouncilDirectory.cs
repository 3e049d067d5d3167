using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Send.Data.Parsing;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// Finds a council by any of the names and codes people use for it: the LAIT name (<c>Bristol, City of</c>), a
/// short or long form (<c>Bristol</c>, <c>City of Bristol</c>), the three-digit LA number (<c>801</c>) or, when the
/// directory was given them, the ONS code (<c>E06000023</c>). Case, punctuation, <c>&amp;</c>/<c>and</c> and
/// <c>St.</c>/<c>St</c> do not matter.
/// </summary>
/// <remarks>
/// <para>
/// A name is matched in this order: the exact name (case-insensitive) of any geography, so <c>London</c> is the
/// region and not the City of London; then the name with its form words removed (<c>City of</c>, <c>County of</c>,
/// <c>Council</c>, <c>London Borough of</c>...), among local authorities only; then a few common short names
/// (<c>Hull</c>, <c>County Durham</c>, <c>BCP</c>). Nothing is guessed: <c>Telford</c> finds nothing, and
/// <see cref="Suggest"/> offers <c>Telford and Wrekin</c> (councils whose name starts with or contains the words
/// typed come before spelling corrections, so it is not <c>Salford</c>).
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class CouncilDirectory
{
    private static readonly string[] FormWords = { "city of", "county of", "london borough of", "royal borough of", "metropolitan borough of", "borough of", "county council", "city council", "borough council", "council" };

    private static readonly (string Alias, int Number)[] Aliases =
    {
        ("hull", 810), ("county durham", 840), ("bcp", 839),
    };

    private readonly IReadOnlyList<LaitGeography> geographies;
    private readonly Dictionary<string, LaitGeography> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, LaitGeography> byNumber = new();
    private readonly Dictionary<string, int> onsToNumber;
    private readonly Dictionary<int, string> numberToOns = new();

    /// <summary>Creates a directory over the geographies of a LAIT long file.</summary>
    /// <param name="geographies">Local authorities, regions and England (<see cref="LaitData.Geographies"/>).</param>
    /// <param name="onsCodes">ONS codes (<c>E10000008</c>) keyed to LA numbers, for example from
    /// <see cref="ReadOnsCodes"/>; null or empty when not known (an ONS code then finds nothing).</param>
    public CouncilDirectory(IEnumerable<LaitGeography> geographies, IReadOnlyDictionary<string, int>? onsCodes = null)
    {
        ArgumentNullException.ThrowIfNull(geographies);
        this.geographies = geographies.ToArray();
        foreach (var g in this.geographies)
        {
            byNumber.TryAdd(g.Number, g);
            if (g.IsLocalAuthority)
            {
                byKey.TryAdd(Key(g.Name), g);
            }
        }

        foreach (var (alias, number) in Aliases)
        {
            if (byNumber.TryGetValue(number, out var g))
            {
                byKey.TryAdd(Key(alias), g);
            }
        }

        onsToNumber = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (onsCodes is not null)
        {
            foreach (var (code, number) in onsCodes)
            {
                onsToNumber.TryAdd(code.Trim(), number);
                numberToOns.TryAdd(number, code.Trim().ToUpperInvariant());
            }
        }
    }

    /// <summary>True when <paramref name="text"/> has the shape of an ONS area code (a letter and eight digits, <c>E10000008</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for the shape; it says nothing about whether the code exists.</returns>
    public static bool IsOnsCode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        return t.Length == 9 && char.IsAsciiLetter(t[0]) && t.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>Finds a geography (a local authority, a region or England) by name, LA number or ONS code.</summary>
    /// <param name="text">For example <c>Devon</c>, <c>878</c>, <c>E10000008</c>, <c>bristol</c>, <c>City of Bristol</c>.</param>
    /// <returns>The geography, or null when nothing matches (see <see cref="Suggest"/>).</returns>
    public LaitGeography? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return byNumber.GetValueOrDefault(number);
        }

        if (IsOnsCode(t))
        {
            return onsToNumber.TryGetValue(t, out var n) ? byNumber.GetValueOrDefault(n) : null;
        }

        foreach (var g in geographies)
        {
            if (string.Equals(g.Name, t, StringComparison.OrdinalIgnoreCase))
            {
                return g;
            }
        }

        return byKey.GetValueOrDefault(Key(t));
    }

    /// <summary>The ONS code of a geography, when the directory was given one.</summary>
    /// <param name="geography">A geography.</param>
    /// <returns>The code, or null.</returns>
    public string? OnsCodeOf(LaitGeography geography)
    {
        ArgumentNullException.ThrowIfNull(geography);
        return numberToOns.GetValueOrDefault(geography.Number);
    }

    /// <summary>
    /// Local authorities a user may have meant by <paramref name="text"/>, best first: those whose name starts with
    /// the words typed, then those containing them as words; only when there are none, close spellings (edit distance
    /// at most a quarter of the length, and at least 2).
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="max">How many suggestions at most.</param>
    /// <returns>Names as LAIT writes them; empty when nothing is close.</returns>
    public IReadOnlyList<string> Suggest(string text, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = Key(text);
        if (key.Length == 0)
        {
            return Array.Empty<string>();
        }

        var councils = geographies.Where(g => g.IsLocalAuthority).Select(g => (g.Name, Key: Key(g.Name))).ToArray();
        var starts = councils.Where(c => c.Key.StartsWith(key, StringComparison.Ordinal)).Select(c => c.Name);
        var contains = councils.Where(c => (" " + c.Key + " ").Contains(" " + key + " ", StringComparison.Ordinal)).Select(c => c.Name);
        var words = starts.Concat(contains).Distinct(StringComparer.Ordinal).Take(max).ToArray();
        if (words.Length > 0)
        {
            return words;
        }

        var limit = Math.Max(2, key.Length / 4);
        var close = councils
            .Select(c => (c.Name, Distance: EditDistance.Between(key, c.Key)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name);
        return close.Take(max).ToArray();
    }

    /// <summary>
    /// Reads ONS codes from an explore-education-statistics CSV (any file with <c>old_la_code</c> and
    /// <c>new_la_code</c> columns, such as the EHCP release's files): each local authority's ONS code keyed to its LA number.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>ONS code to LA number; empty when the file lacks the columns.</returns>
    public static IReadOnlyDictionary<string, int> ReadOnsCodes(System.IO.TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var csv = new Parsing.CsvRecordReader(reader);
        if (!csv.TryRead(out var header, out _))
        {
            return result;
        }

        var names = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var oldCol = names.IndexOf("old_la_code");
        var newCol = names.IndexOf("new_la_code");
        if (oldCol < 0 || newCol < 0)
        {
            return result;
        }

        while (csv.TryRead(out var row, out _))
        {
            if (row.Count > Math.Max(oldCol, newCol)
                && int.TryParse(row[oldCol], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && IsOnsCode(row[newCol]))
            {
                result.TryAdd(row[newCol].Trim(), number);
            }
        }

        return result;
    }

    /// <summary>The comparison form of a name: lower case, letters and digits only, <c>&amp;</c> as <c>and</c>, form words removed.</summary>
    internal static string Key(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (c == '&')
            {
                text.Append(" and ");
            }
            else
            {
                text.Append(' ');
            }
        }

        var words = " " + string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var form in FormWords)
        {
            var stripped = words.Replace(" " + form + " ", " ", StringComparison.Ordinal);
            if (stripped.Trim().Length > 0 && stripped.Trim() != "london")
            {
                words = stripped;
            }
        }

        words = words.Replace(" saint ", " st ", StringComparison.Ordinal);
        return words.Trim();
    }
}
