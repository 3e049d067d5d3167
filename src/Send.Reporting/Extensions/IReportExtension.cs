namespace Send.Reporting.Extensions;

/// <summary>
/// One feature of the report engine (charts, RAG cells, totals rows, your own block): everything it needs from the
/// Markdown parser, the template runtime and the Word writer, set up together, as Markdig's
/// <c>IMarkdownExtension</c> does for Markdown.
/// </summary>
/// <remarks>
/// <para>
/// Add an extension with <see cref="ReportEngineBuilder.Use"/> (or a <c>UseX()</c> method written for it);
/// <see cref="ReportEngineBuilder.Build"/> calls <see cref="Setup"/> once, in the order the extensions were added, and
/// the engine it returns never changes afterwards. An engine is shared by every render on every thread, so an
/// extension and whatever it adds must be stateless or immutable.
/// </para>
/// <para>
/// This is the engine's extension point, and the only place where its public API shows third-party types:
/// <see cref="ReportEngineSetup.AddMarkdownExtension"/> takes a Markdig extension and a block renderer writes
/// OpenXml elements. Code that only renders reports never meets them.
/// </para>
/// </remarks>
public interface IReportExtension
{
    /// <summary>Adds the feature's Markdown syntax, template functions, block renderers and warm-up text.</summary>
    /// <param name="setup">What the engine being built is made of; valid only during this call.</param>
    void Setup(ReportEngineSetup setup);
}
