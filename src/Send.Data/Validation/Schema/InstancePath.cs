using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Send.Data.Validation.Schema;

/// <summary>
/// The location of a value inside a JSON document, as an immutable linked list of property names and array indexes.
/// </summary>
/// <remarks>
/// Cheap to extend (one small allocation per step) so that validation can carry it everywhere; the string forms are
/// built only when a problem is reported. <see cref="Pointer"/> is an RFC 6901 JSON Pointer (the key used to find the
/// value's position in the text); <see cref="Field"/> is the form users see, for example <c>years[1].carried_forward</c>.
/// </remarks>
internal sealed class InstancePath
{
    /// <summary>The document's root value.</summary>
    public static readonly InstancePath Root = new(null, null, -1);

    private InstancePath(InstancePath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    public InstancePath? Parent { get; }

    /// <summary>The property name of this step, or null for an array item (or the root).</summary>
    public string? Name { get; }

    /// <summary>The array index of this step, or -1 for a property (or the root).</summary>
    public int Index { get; }

    public InstancePath Property(string name) => new(this, name, -1);

    public InstancePath Item(int index) => new(this, null, index);

    /// <summary>Gets the RFC 6901 JSON Pointer of the value (empty for the root).</summary>
    public string Pointer
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var step in Steps())
            {
                builder.Append('/');
                if (step.Name is not null)
                {
                    AppendEscaped(builder, step.Name);
                }
                else
                {
                    builder.Append(step.Index.ToString(CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Gets the path as users read it (<c>years[1].carried_forward</c>), or null for the root.</summary>
    public string? Field
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var step in Steps())
            {
                if (step.Name is not null)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append('.');
                    }

                    builder.Append(step.Name);
                }
                else
                {
                    builder.Append('[').Append(step.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return builder.Length == 0 ? null : builder.ToString();
        }
    }

    /// <summary>Appends <paramref name="name"/> to a JSON Pointer, escaping <c>~</c> and <c>/</c> as RFC 6901 requires.</summary>
    public static void AppendEscaped(StringBuilder builder, string name)
    {
        foreach (var c in name)
        {
            _ = c switch
            {
                '~' => builder.Append("~0"),
                '/' => builder.Append("~1"),
                _ => builder.Append(c),
            };
        }
    }

    private List<InstancePath> Steps()
    {
        var steps = new List<InstancePath>();
        for (var step = this; step.Parent is not null; step = step.Parent)
        {
            steps.Add(step);
        }

        steps.Reverse();
        return steps;
    }
}
