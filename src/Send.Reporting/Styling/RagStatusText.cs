using System;
using System.Text.RegularExpressions;
using Send.Domain.Finance;

namespace Send.Reporting.Styling;

/// <summary>The text forms of a <see cref="RagStatus"/>: the cell marker <c>[[rag:green]]</c> and the word shown.</summary>
internal static partial class RagStatusText
{
    /// <summary>Matches a marker such as <c>[[rag:amber]]</c>; group 1 is the status.</summary>
    [GeneratedRegex(@"\[\[rag:(red|amber|green)\]\]", RegexOptions.CultureInvariant)]
    public static partial Regex MarkerPattern();

    public static string Marker(RagStatus status) => "[[rag:" + Name(status) + "]]";

    /// <summary>The marker name; only the three colours have one.</summary>
    public static string Name(RagStatus status) => status switch
    {
        RagStatus.Red => "red",
        RagStatus.Amber => "amber",
        RagStatus.Green => "green",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The word a reader sees in the cell, so that the status does not depend on colour alone.</summary>
    public static string Label(RagStatus status) => status switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string text, out RagStatus status)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "notrated" or "norating" or "not rated" or "not_rated": status = RagStatus.NotRated; return true;
            case "red": status = RagStatus.Red; return true;
            case "amber": status = RagStatus.Amber; return true;
            case "green": status = RagStatus.Green; return true;
            default: status = default; return false;
        }
    }
}
