using System;
using DocumentFormat.OpenXml;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx;

/// <summary>What an <see cref="IDocxBlockRenderer"/> may use while rendering one block.</summary>
public sealed class DocxBlockContext
{
    private readonly DocxRenderer renderer;

    internal DocxBlockContext(DocxRenderer renderer, int line)
    {
        this.renderer = renderer;
        Line = line;
    }

    /// <summary>The package being written, to add parts such as charts to, related from <see cref="MainPartName"/> with an id from <see cref="NextRelationshipId"/>.</summary>
    public PackageBuilder Package => renderer.Package;

    /// <summary>The main document part's name in <see cref="Package"/>, for example <c>word/document.xml</c>.</summary>
    public string MainPartName => renderer.MainPartName;

    /// <summary>The house style: style ids and palette.</summary>
    public HouseStyle HouseStyle => renderer.HouseStyle;

    /// <summary>The 1-based line of the block in the rendered Markdown.</summary>
    public int Line { get; }

    /// <summary>The width available for content, in twentieths of a point (twips).</summary>
    public int TextWidth => renderer.TextWidth;

    /// <summary>Appends a block-level element (a paragraph or table) at the current position.</summary>
    /// <param name="element">The element.</param>
    public void Append(OpenXmlElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        renderer.Append(element);
    }

    /// <summary>A new relationship id, unique in the document and the same on every render.</summary>
    /// <param name="prefix">A readable prefix, for example <c>Chart</c>.</param>
    /// <returns>An id such as <c>rIdChart1</c>.</returns>
    public string NextRelationshipId(string prefix) => renderer.NextRelationshipId(prefix);

    /// <summary>A new drawing object id (<c>wp:docPr/@id</c>), sequential from 1.</summary>
    /// <returns>The id.</returns>
    public uint NextDrawingId() => renderer.NextDrawingId();

    /// <summary>
    /// The colour (and marker and dash) slot of a chart series: the same name gets the same slot throughout one
    /// document, so that "Unmitigated" is drawn alike in every chart; a new name takes the next free slot.
    /// </summary>
    /// <param name="seriesName">The series name as the legend shows it.</param>
    /// <returns>The slot, from 0.</returns>
    public int SeriesSlot(string seriesName)
    {
        ArgumentNullException.ThrowIfNull(seriesName);
        return renderer.SeriesSlot(seriesName);
    }

    /// <summary>The next figure number in this document, from 1: the first result of a caption's SEQ Figure field.</summary>
    /// <returns>The number.</returns>
    public int NextFigureNumber() => renderer.NextFigureNumber();

    /// <summary>Reports a problem with the block; the render fails with every problem listed and nothing is written.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    public void Problem(string message) => renderer.Problem(Line, message);
}
