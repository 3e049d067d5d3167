using System;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using Send.Domain.Validation;
using Send.Reporting.Docx;
using Send.Reporting.Styling;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Charts;

/// <summary>
/// The block renderer for fenced <c>chart</c> blocks: parses the block (<see cref="ChartBlockParser"/>) and writes a
/// native Word chart with its embedded workbook (<see cref="ChartPartWriter"/>), in the fonts and colours of the
/// document's theme (<see cref="ChartStyle"/>), which the document takes from the house style. A series keeps its
/// colour, marker and dash pattern by name across the whole document; the chart's alt text is its description (by
/// default a summary of the data); an optional caption ("Figure N: ...", N a SEQ field Word renumbers) and source
/// line follow the chart in the Caption style, kept on its page.
/// </summary>
/// <remarks>
/// An engine gets it from the charts extension (<see cref="ReportEngineBuilder.UseCharts"/>, part of
/// <see cref="ReportEngineBuilder.UseDefaults"/>). Stateless and thread-safe.
/// </remarks>
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

        var slots = spec.Series.Select(s => context.SeriesSlot(s.Name)).ToArray();
        var chart = ChartPartWriter.AddChart(
            context.Package,
            context.MainPartName,
            spec,
            context.HouseStyle.ChartStyle,
            context.NextRelationshipId("Chart"),
            context.NextDrawingId(),
            context.HouseStyle.StyleIdsDefined.Contains("Chart") ? "Chart" : null,
            slots);
        context.Append(chart);
        if (spec.Caption is null && spec.SourceNote is null)
        {
            return;
        }

        // The chart keeps with its caption and source line.
        var properties = chart.ParagraphProperties ?? chart.PrependChild(new W.ParagraphProperties());
        properties.KeepNext = new W.KeepNext();
        if (spec.Caption is not null)
        {
            var caption = Caption(keepNext: spec.SourceNote is not null);
            caption.Append(
                Text("Figure "),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                new W.Run(new W.FieldCode(" SEQ Figure \\* ARABIC ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
                Text(context.NextFigureNumber().ToString(CultureInfo.InvariantCulture)),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
                Text(": " + spec.Caption));
            context.Append(caption);
        }

        if (spec.SourceNote is not null)
        {
            var source = Caption(keepNext: false);
            source.Append(Text("Source: " + spec.SourceNote));
            context.Append(source);
        }
    }

    private static W.Paragraph Caption(bool keepNext)
    {
        var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = StyleIds.Caption });
        if (keepNext)
        {
            properties.KeepNext = new W.KeepNext();
        }

        return new W.Paragraph(properties);
    }

    private static W.Run Text(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
