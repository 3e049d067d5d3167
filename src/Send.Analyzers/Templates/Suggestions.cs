using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Analyzers.Templates;

/// <summary>"Did you mean" suggestions by optimal-string-alignment (restricted Damerau-Levenshtein) distance.</summary>
internal static class Suggestions
{
    /// <summary>Returns <c> (did you mean 'a' or 'b'?)</c>, or an empty string when nothing is close.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, name.Length / 3);
        var best = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(name, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => "'" + c.Name + "'")
            .ToList();
        return best.Count == 0 ? string.Empty : " (did you mean " + string.Join(" or ", best) + "?)";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
