using Scriban.Runtime;

namespace Send.Reporting.Data;

/// <summary>
/// A data object bound as it is (no C# model): a Scriban object whose members are the data's own names, which
/// remembers where it came from (<see cref="Origin"/>).
/// </summary>
/// <remarks>
/// Member names are kept exactly as the data spells them: <c>council_name</c> stays <c>council_name</c>, and so do
/// <c>councilName</c> and <c>Council Name</c> (reach those with <c>item["Council Name"]</c>). Lookups are
/// case-sensitive. Built by <see cref="JsonData"/> and <see cref="TableData"/> without reflection.
/// </remarks>
internal sealed class BoundObject : ScriptObject
{
    /// <summary>Creates an empty object from <paramref name="origin"/>.</summary>
    /// <param name="origin">Where it came from.</param>
    /// <remarks>
    /// Scriban's own constructors import a derived class's public static members into every instance, by reflection:
    /// this one asks them not to (that reflection, once per JSON object, was 8% of a native render's time).
    /// </remarks>
    public BoundObject(DataOrigin origin)
        : base(8, autoImportStaticsFromThisType: false, System.StringComparer.Ordinal)
    {
        Origin = origin;
    }

    /// <summary>Gets where the object came from.</summary>
    public DataOrigin Origin { get; }

    /// <summary>Where each member's name was written (1-based line and column), for members read from JSON.</summary>
    internal System.Collections.Generic.Dictionary<string, (int Line, int Column)>? MemberPositions { get; set; }

    /// <summary>
    /// Finds where the value at <paramref name="field"/> (<c>years[1].carried_forward</c>, relative to this object)
    /// was written, so that a problem a domain reader reports by field points at its line.
    /// </summary>
    /// <param name="field">The field path.</param>
    /// <returns>The line and column, or null when the path does not lead to a value read from JSON.</returns>
    internal (int Line, int Column)? Find(string field)
    {
        object? current = this;
        (int Line, int Column)? found = Origin.Line is int l ? (l, Origin.Column ?? 1) : null;
        foreach (var part in field.Replace("[", ".[", System.StringComparison.Ordinal).Split('.', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith('[') && part.EndsWith(']') && int.TryParse(part[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && current is BoundArray array && index < array.Count)
            {
                current = array[index];
                found = current switch
                {
                    BoundObject o when o.Origin.Line is int ol => (ol, o.Origin.Column ?? 1),
                    BoundArray a when a.Origin.Line is int al => (al, a.Origin.Column ?? 1),
                    _ => found,
                };
            }
            else if (current is BoundObject obj && obj.TryGetValue(part, out var value))
            {
                if (obj.MemberPositions?.TryGetValue(part, out var position) == true)
                {
                    found = position;
                }

                current = value;
            }
            else
            {
                break;
            }
        }

        return found;
    }
}
