using System;
using Send.Domain.Validation;
using Send.Reporting.Docx;

namespace Send.Reporting.Charts;

/// <summary>
/// The block renderer for fenced <c>chart</c> blocks: parses the block (<see cref="ChartBlockParser"/>) and writes a
/// native Word chart with its embedded workbook (<see cref="ChartPartWriter"/>), in the fonts and colours of the
/// document's theme (<see cref="ChartStyle"/>), which the document takes from the house style.
/// </summary>
/// <remarks>Register it with <c>engine.BlockRenderers.Register(new ChartRenderer())</c>. Stateless and thread-safe.</remarks>
public sealed class ChartRenderer : IDocxBlockRenderer
{
    /// <inheritdoc />
    public string InfoString => ChartBlockParser.InfoString;

    /// <inheritdoc />
    public void Render(DocxBlockContext context, string body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        ChartSpec spec;
        try
        {
            spec = ChartBlockParser.Parse(body, "chart", context.Line);
        }
        catch (DataException ex)
        {
            foreach (var problem in ex.Problems)
            {
                context.Problem($"chart block line {problem.Line}: {problem.Field}: found '{problem.Value}'; expected {problem.Expected}");
            }

            return;
        }

        context.Append(ChartPartWriter.AddChart(
            context.Package,
            context.MainPartName,
            spec,
            context.HouseStyle.ChartStyle,
            context.NextRelationshipId("Chart"),
            context.NextDrawingId(),
            context.HouseStyle.StyleIdsDefined.Contains("Chart") ? "Chart" : null));
    }
}
