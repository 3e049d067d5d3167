using System;
using System.Collections.Generic;

namespace Send.Reporting.Styling;

/// <summary>
/// One entry of Send's style contract (<see cref="StyleIds.Contract"/>): a style id the renderer writes, its display
/// name, what it is for, the Word built-in it corresponds to, and the other names a house style may give it.
/// </summary>
/// <remarks>
/// A house style's style matches when it has this <see cref="Id"/>, or failing that when its display name equals
/// <see cref="Name"/>, <see cref="WordBuiltIn"/> or one of <see cref="Aliases"/>, ignoring case, spaces, hyphens and
/// underscores. Equality is structural (a record), aliases compared by reference.
/// </remarks>
/// <param name="Id">The style id (<c>w:styleId</c>) the renderer writes, for example <c>Heading1</c>.</param>
/// <param name="Type">Paragraph, character or table.</param>
/// <param name="Name">The display name in Send's default house style, for example <c>heading 1</c>.</param>
/// <param name="UsedFor">What the renderer uses it for, in a few words (Markdown in backticks).</param>
/// <param name="WordBuiltIn">The Word built-in style it corresponds to, or null when Word has none.</param>
public sealed record SendStyle(string Id, SendStyleType Type, string Name, string UsedFor, string? WordBuiltIn)
{
    /// <summary>Other display names that match, in order of preference (LibreOffice's and pandoc's names, for example); empty by default.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The Send style a supplied definition is layered over when the house style has that one (a supplied
    /// <c>TableNumber</c> is the house style's <c>TableText</c> right-aligned), or null for the house style's
    /// <c>Normal</c> (its default table style, for a table style).
    /// </summary>
    public string? SuppliedOver { get; init; }

    /// <summary>Whether it is a heading or title style, which, when supplied, takes the house style's heading font and colour.</summary>
    public bool IsHeading { get; init; }

    /// <summary>Every display name that matches: <see cref="Name"/>, <see cref="WordBuiltIn"/>, then <see cref="Aliases"/>.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            yield return Name;
            if (WordBuiltIn is not null)
            {
                yield return WordBuiltIn;
            }

            foreach (var alias in Aliases)
            {
                yield return alias;
            }
        }
    }
}
