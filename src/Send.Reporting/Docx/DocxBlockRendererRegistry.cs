using System;
using System.Collections.Generic;

namespace Send.Reporting.Docx;

/// <summary>The fenced-block renderers a <see cref="DocxRenderer"/> may dispatch to, by info string.</summary>
/// <remarks>Not thread-safe while being filled; register everything before rendering, then share freely.</remarks>
public sealed class DocxBlockRendererRegistry
{
    private readonly Dictionary<string, IDocxBlockRenderer> renderers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers a renderer, replacing any earlier one for the same info string.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <returns>This registry, for chaining.</returns>
    public DocxBlockRendererRegistry Register(IDocxBlockRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderers[renderer.InfoString] = renderer;
        return this;
    }

    /// <summary>Finds the renderer for an info string.</summary>
    /// <param name="infoString">The fenced block's info string.</param>
    /// <param name="renderer">The renderer, when found.</param>
    /// <returns>True when one is registered.</returns>
    public bool TryGet(string infoString, out IDocxBlockRenderer renderer) => renderers.TryGetValue(infoString, out renderer!);
}
