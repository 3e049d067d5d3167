using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Send.Data.Validation.Schema;

/// <summary>The JSON types a <c>type</c> keyword can name; <see cref="None"/> means no <c>type</c> keyword.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    String = 32,
    Integer = 64,
}

/// <summary>A numeric bound from a schema (<c>minimum</c>, <c>maximum</c> and their exclusive forms).</summary>
/// <param name="Text">The bound as written in the schema, for messages.</param>
/// <param name="Decimal">The bound as a decimal, or null when it is outside the decimal range.</param>
/// <param name="Double">The bound as a double (used only when a value or the bound is outside the decimal range).</param>
/// <param name="Exclusive">Whether the bound itself is excluded.</param>
internal sealed record NumberBound(string Text, decimal? Decimal, double Double, bool Exclusive);

/// <summary>
/// One compiled JSON Schema (sub)schema: the keywords Send supports, read once and checked at load.
/// </summary>
/// <remarks>
/// Built only by <see cref="SchemaCompiler"/>, which sets every member before the node is shared; after that a node
/// is never changed, so compiled schemas are safe to use from several threads.
/// </remarks>
internal sealed class SchemaNode
{
    public SchemaNode(string pointer)
    {
        Pointer = pointer;
    }

    /// <summary>Where this schema is in the schema file, as a JSON Pointer.</summary>
    public string Pointer { get; }

    /// <summary>For the boolean schema <c>false</c>: no value is allowed.</summary>
    public bool RejectsEverything { get; set; }

    public string? Ref { get; set; }

    public SchemaNode? RefTarget { get; set; }

    public JsonTypes Types { get; set; }

    public JsonElement[]? Enum { get; set; }

    public JsonElement? Const { get; set; }

    public Dictionary<string, SchemaNode>? Properties { get; set; }

    public IReadOnlyList<string>? Required { get; set; }

    /// <summary>The schema for properties not in <see cref="Properties"/>; null allows any.</summary>
    public SchemaNode? AdditionalProperties { get; set; }

    public SchemaNode? Items { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public bool UniqueItems { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public Regex? Pattern { get; set; }

    /// <summary>Whether <c>format</c> is <c>date</c> (the only format Send checks).</summary>
    public bool FormatDate { get; set; }

    public NumberBound? Minimum { get; set; }

    public NumberBound? Maximum { get; set; }

    /// <summary>A draft-07 <c>exclusiveMinimum</c> (a number); draft-04's boolean form is folded into <see cref="Minimum"/>.</summary>
    public NumberBound? ExclusiveMinimum { get; set; }

    /// <summary>A draft-07 <c>exclusiveMaximum</c> (a number); draft-04's boolean form is folded into <see cref="Maximum"/>.</summary>
    public NumberBound? ExclusiveMaximum { get; set; }

    public IReadOnlyList<SchemaNode>? AllOf { get; set; }

    public IReadOnlyList<SchemaNode>? AnyOf { get; set; }

    public IReadOnlyList<SchemaNode>? OneOf { get; set; }

    public SchemaNode? Not { get; set; }

    /// <summary>Follows <c>$ref</c> chains to the schema that does the work (cycles are rejected at load).</summary>
    public SchemaNode Resolved
    {
        get
        {
            var node = this;
            while (node.RefTarget is not null && node.Types == JsonTypes.None && node.Properties is null)
            {
                node = node.RefTarget;
            }

            return node;
        }
    }
}
