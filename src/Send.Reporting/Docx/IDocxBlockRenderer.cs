namespace Send.Reporting.Docx;

/// <summary>
/// Renders one kind of fenced block (<c>```chart</c> ... <c>```</c>) into WordprocessingML. This is the extension
/// point for blocks the core renderer does not know, such as charts: register an implementation in a
/// <see cref="DocxBlockRendererRegistry"/> under its info string and the renderer hands it every fenced block with
/// that info string.
/// </summary>
/// <remarks>
/// Implementations append their elements through <see cref="DocxBlockContext.Append"/>, take relationship and
/// drawing ids from the context (so output stays deterministic), use only style ids from the house style, and
/// report bad input with <see cref="DocxBlockContext.Problem"/> rather than by throwing.
/// </remarks>
public interface IDocxBlockRenderer
{
    /// <summary>The fenced block's info string this renderer handles, for example <c>chart</c>.</summary>
    string InfoString { get; }

    /// <summary>Renders one block.</summary>
    /// <param name="context">Where to write, and the house style.</param>
    /// <param name="body">The block's text (for a chart, JSON written by a template function).</param>
    void Render(DocxBlockContext context, string body);
}
