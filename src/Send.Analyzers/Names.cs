using System.Collections.Generic;

namespace Send.Analyzers;

/// <summary>
/// What an identifier says, read word by word (camelCase, PascalCase, snake_case): <c>finalPlanDue</c> is the words
/// final, plan, due. Whole words only, so <c>known</c> does not say "now" and <c>residue</c> does not say "due".
/// </summary>
internal static class Names
{
    /// <summary>The name has the word "due" or "deadline" (<c>due</c>, <c>finalPlanDue</c>, <c>DeadlineFor</c>).</summary>
    public static bool SaysDeadline(string name)
    {
        foreach (var word in Words(name))
        {
            if (word is "due" or "deadline" or "deadlines")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name says "the current date": the word today, now or current, or the words "as at" / "as of"
    /// (<c>today</c>, <c>asAt</c>, <c>AsOfDate</c>, <c>currentDate</c>).
    /// </summary>
    public static bool SaysNow(string name)
    {
        var words = Words(name);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "today" or "now" or "current" or "asat" or "asof")
            {
                return true;
            }

            if (words[i] == "as" && i + 1 < words.Count && words[i + 1] is "at" or "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words of an identifier.</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0
                && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
