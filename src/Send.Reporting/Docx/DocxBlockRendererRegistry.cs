using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Reporting.Docx;

/// <summary>The fenced-block renderers a <see cref="DocxRenderer"/> may dispatch to, by info string.</summary>
/// <remarks>
/// <para>
/// An engine made by <see cref="ReportEngineBuilder"/> has a read-only registry holding the renderers its extensions
/// added (<see cref="Extensions.ReportEngineSetup.AddBlockRenderer"/>); <see cref="Register"/> on it throws. Only
/// an engine made with <c>new ReportEngine(...)</c> has one that <see cref="Register"/> still fills, the way renderers
/// were added before the builder existed.
/// </para>
/// <para>Not thread-safe while being filled; register everything before rendering, then share freely.</para>
/// </remarks>
public sealed class DocxBlockRendererRegistry
{
    private readonly Dictionary<string, IDocxBlockRenderer> renderers = new(StringComparer.OrdinalIgnoreCase);
    private bool readOnly;

    /// <summary>Whether <see cref="Register"/> throws: true for the registry of an engine made by <see cref="ReportEngineBuilder"/>.</summary>
    public bool IsReadOnly => readOnly;

    /// <summary>Makes the registry read-only; the engine builder calls this once it has added its extensions' renderers.</summary>
    internal void MakeReadOnly() => readOnly = true;

    /// <summary>Registers a renderer, replacing any earlier one for the same info string.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The registry is read-only (<see cref="IsReadOnly"/>): add the renderer with an <see cref="Extensions.IReportExtension"/> instead.</exception>
    public DocxBlockRendererRegistry Register(IDocxBlockRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        if (readOnly)
        {
            throw new InvalidOperationException("This engine was built by ReportEngineBuilder and does not change; add the block renderer in an IReportExtension's Setup (ReportEngineSetup.AddBlockRenderer) before Build.");
        }

        renderers[renderer.InfoString] = renderer;
        return this;
    }

    /// <summary>The info strings that have a renderer, in ordinal order.</summary>
    public IReadOnlyList<string> InfoStrings => renderers.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Finds the renderer for an info string.</summary>
    /// <param name="infoString">The fenced block's info string.</param>
    /// <param name="renderer">The renderer, when found.</param>
    /// <returns>True when one is registered.</returns>
    public bool TryGet(string infoString, out IDocxBlockRenderer renderer) => renderers.TryGetValue(infoString, out renderer!);
}
