using System;

namespace Send.Domain.Statutory;

/// <summary>
/// Where a time limit comes from: a regulation, a section of the Children and Families Act 2014, a paragraph of the
/// SEND Code of Practice or a Tribunal rule, with the reference's source markers.
/// </summary>
/// <remarks>
/// A citation is text for people, not something to parse. Equality is structural. It is not legal advice: the text
/// says where we read the limit, and the markers say how sure we are.
/// </remarks>
public sealed record LegalCitation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="text">The citation, for example <c>SEND Regulations 2014, reg 13(2)</c>.</param>
    /// <param name="markers">How the fact is established.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    public LegalCitation(string text, SourceMarkers markers)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A citation needs text.", nameof(text));
        }

        Text = text;
        Markers = markers;
    }

    /// <summary>The citation text, for example <c>SEND Regulations 2014, reg 13(2)</c>; never blank.</summary>
    public string Text { get; }

    /// <summary>The reference's source markers for this rule.</summary>
    public SourceMarkers Markers { get; }

    /// <summary>Formats the citation with its markers, for example <c>SEND Regulations 2014, reg 13(2) [C]</c>.</summary>
    /// <returns>The formatted citation.</returns>
    public override string ToString() => Markers == SourceMarkers.None ? Text : Text + " " + Markers.ToMarkerText();
}
