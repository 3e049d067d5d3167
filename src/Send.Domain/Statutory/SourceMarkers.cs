using System;
using System.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// How well a fact in the statutory reference is established: the markers <c>[C]</c>, <c>[S]</c>, <c>[D]</c>,
/// <c>[R]</c> and <c>[U]</c> of <c>docs/statutory-timescales.md</c>.
/// </summary>
/// <remarks>
/// A flags enum because a rule often rests on more than one kind of source (for example the text of a regulation
/// [C] plus an interpretation [D]). The default value, <see cref="None"/>, means no marker was recorded.
/// </remarks>
[Flags]
public enum SourceMarkers
{
    /// <summary>No marker recorded. This is the default value.</summary>
    None = 0,

    /// <summary>[C]: read in the primary text (legislation, or an official DfE or HMCTS page).</summary>
    Confirmed = 1,

    /// <summary>[S]: a secondary source (IPSEA, SENDIASS, council or law-firm pages) confirms it.</summary>
    Secondary = 2,

    /// <summary>[D]: our own derivation or interpretation.</summary>
    Derived = 4,

    /// <summary>[R]: recalled, not re-read.</summary>
    Recalled = 8,

    /// <summary>[U]: not confirmed; an open question with a documented default.</summary>
    Unconfirmed = 16,
}

/// <summary>Formatting for <see cref="SourceMarkers"/>.</summary>
public static class SourceMarkersExtensions
{
    /// <summary>Formats the markers as the reference writes them, for example <c>[C][D]</c>; empty for <see cref="SourceMarkers.None"/>.</summary>
    /// <param name="markers">The markers.</param>
    /// <returns>The marker text; never null.</returns>
    public static string ToMarkerText(this SourceMarkers markers)
    {
        var builder = new StringBuilder();
        if ((markers & SourceMarkers.Confirmed) != 0)
        {
            builder.Append("[C]");
        }

        if ((markers & SourceMarkers.Secondary) != 0)
        {
            builder.Append("[S]");
        }

        if ((markers & SourceMarkers.Derived) != 0)
        {
            builder.Append("[D]");
        }

        if ((markers & SourceMarkers.Recalled) != 0)
        {
            builder.Append("[R]");
        }

        if ((markers & SourceMarkers.Unconfirmed) != 0)
        {
            builder.Append("[U]");
        }

        return builder.ToString();
    }
}
