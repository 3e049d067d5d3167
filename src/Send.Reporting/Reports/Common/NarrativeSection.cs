using System.Collections.Generic;

namespace Send.Reporting.Reports.Common;

/// <summary>A titled run of paragraphs with optional bullet points, for narrative sections that carry no figures.</summary>
/// <remarks>Immutable once read. Paragraphs are plain text: the engine escapes them, so Markdown in data is printed literally.</remarks>
public sealed class NarrativeSection
{
    /// <summary>Gets the section heading; null when the section continues the previous heading.</summary>
    public string? Heading { get; init; }

    /// <summary>Gets the paragraphs, in order.</summary>
    public IReadOnlyList<string> Paragraphs { get; set; } = [];

    /// <summary>Gets bullet points printed after the paragraphs.</summary>
    public IReadOnlyList<string> Bullets { get; set; } = [];

    /// <summary>Gets paragraphs printed after the bullet points.</summary>
    public IReadOnlyList<string> Closing { get; set; } = [];
}
