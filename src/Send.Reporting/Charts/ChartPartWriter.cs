using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Send.Reporting.Docx;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Charts;

/// <summary>
/// Writes a <see cref="ChartSpec"/> into a Word document as a native chart: a chart part (DrawingML
/// <c>c:chartSpace</c>) whose series point at an embedded workbook holding the same numbers, and an inline drawing
/// that places it in the text.
/// </summary>
/// <remarks>
/// The chart is not a picture: Word redraws it and "Edit data" opens the embedded workbook. Fonts and colours come
/// from the <see cref="ChartStyle"/> (the house style's theme). Relationship ids and drawing ids are the
/// caller's (the engine hands out sequential ones), so output is deterministic. Not thread-safe: a document part is written by one thread.
/// </remarks>
internal static class ChartPartWriter
{
    /// <summary>The default width of a chart: 16 cm, the text width of an A4 page with 2.5 cm margins.</summary>
    public const long DefaultWidthEmu = 16L * 360000L;

    /// <summary>The default height of a chart: 8 cm.</summary>
    public const long DefaultHeightEmu = 8L * 360000L;

    private const string ChartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string ChartRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    private const string PackageRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
    private const uint CategoryAxisId = 500000001U;
    private const uint ValueAxisId = 500000002U;

    /// <summary>Adds the chart part (with its workbook) to <paramref name="mainPart"/> and returns a paragraph holding it.</summary>
    /// <param name="mainPart">The document's main part.</param>
    /// <param name="spec">What to draw.</param>
    /// <param name="style">Fonts and colours from the house style.</param>
    /// <param name="relationshipId">The relationship id for the chart part, unique in the document (for example from <c>DocxBlockContext.NextRelationshipId</c>).</param>
    /// <param name="drawingId">A <c>wp:docPr</c> id unique among the document's drawings.</param>
    /// <param name="paragraphStyleId">An optional paragraph style id for the paragraph holding the chart.</param>
    /// <returns>A paragraph containing the inline chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="drawingId"/> is zero.</exception>
    public static W.Paragraph AddChart(
        MainDocumentPart mainPart,
        ChartSpec spec,
        ChartStyle style,
        string relationshipId,
        uint drawingId,
        string? paragraphStyleId = null)
    {
        ArgumentNullException.ThrowIfNull(mainPart);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(relationshipId);
        ArgumentOutOfRangeException.ThrowIfZero(drawingId);

        var chartPart = mainPart.AddNewPart<ChartPart>(relationshipId);
        var workbookPart = chartPart.AddNewPart<EmbeddedPackagePart>(WorkbookContentType, "rId1");
        using (var workbook = new MemoryStream(ChartWorkbook.Build(spec)))
        {
            workbookPart.FeedData(workbook);
        }

        chartPart.ChartSpace = BuildChartSpace(spec, style, chartPart.GetIdOfPart(workbookPart));
        return ChartParagraph(spec, relationshipId, drawingId, paragraphStyleId);
    }

    private static W.Paragraph ChartParagraph(ChartSpec spec, string relationshipId, uint drawingId, string? paragraphStyleId)
    {
        var paragraph = new W.Paragraph();
        if (paragraphStyleId is not null)
        {
            paragraph.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = paragraphStyleId }));
        }

        paragraph.Append(new W.Run(InlineDrawing(relationshipId, drawingId, spec.Title, spec.Description)));
        return paragraph;
    }

    /// <summary>
    /// Adds the chart part (with its workbook) to a package being written, related from <paramref name="sourcePartName"/>
    /// (the main document part), and returns a paragraph holding it. The report engine uses this; use the
    /// <see cref="MainDocumentPart"/> overload for a document open in the Open XML SDK.
    /// </summary>
    /// <param name="package">The package.</param>
    /// <param name="sourcePartName">The part the paragraph goes into, for example <c>word/document.xml</c>.</param>
    /// <param name="spec">What to draw.</param>
    /// <param name="style">Fonts and colours from the house style.</param>
    /// <param name="relationshipId">The relationship id for the chart part, unique among the source part's relationships.</param>
    /// <param name="drawingId">A <c>wp:docPr</c> id unique among the document's drawings.</param>
    /// <param name="paragraphStyleId">An optional paragraph style id for the paragraph holding the chart.</param>
    /// <returns>A paragraph containing the inline chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="drawingId"/> is zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="relationshipId"/> is already used by the source part.</exception>
    public static W.Paragraph AddChart(
        PackageBuilder package,
        string sourcePartName,
        ChartSpec spec,
        ChartStyle style,
        string relationshipId,
        uint drawingId,
        string? paragraphStyleId = null)
    {
        return AddChart(package, sourcePartName, spec, style, relationshipId, drawingId, paragraphStyleId, null);
    }

    /// <summary>As the public overload, with each series' colour, marker and dash slot (the same series name keeps its slot across a report).</summary>
    internal static W.Paragraph AddChart(
        PackageBuilder package,
        string sourcePartName,
        ChartSpec spec,
        ChartStyle style,
        string relationshipId,
        uint drawingId,
        string? paragraphStyleId,
        IReadOnlyList<int>? slots)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(sourcePartName);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(relationshipId);
        ArgumentOutOfRangeException.ThrowIfZero(drawingId);

        var slash = sourcePartName.TrimStart('/').LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : sourcePartName.TrimStart('/').Substring(0, slash + 1);
        var chartName = package.NewPartName(folder + "charts", "chart", "xml");
        var workbookName = package.NewPartName(folder + "embeddings", "Microsoft_Excel_Worksheet", "xlsx");
        package.SetDefaultContentType("xlsx", WorkbookContentType);
        package.SetPart(workbookName, WorkbookContentType, ChartWorkbook.Build(spec));
        package.SetPart(chartName, ChartContentType, BuildChartSpace(spec, style, "rId1", slots));
        package.AddRelationship(chartName, "rId1", PackageRelationshipType, workbookName);
        package.AddRelationship(sourcePartName, relationshipId, ChartRelationshipType, chartName);
        return ChartParagraph(spec, relationshipId, drawingId, paragraphStyleId);
    }

    /// <summary>Builds the <c>c:chartSpace</c> for a spec; exposed for golden tests of the chart XML.</summary>
    /// <param name="spec">What to draw.</param>
    /// <param name="style">Fonts and colours.</param>
    /// <param name="workbookRelationshipId">The relationship id of the embedded workbook part.</param>
    /// <returns>The chart space element.</returns>
    public static C.ChartSpace BuildChartSpace(ChartSpec spec, ChartStyle style, string workbookRelationshipId) => BuildChartSpace(spec, style, workbookRelationshipId, null);

    /// <summary>Builds the chart space with each series' colour, marker and dash from its slot (by default its position).</summary>
    internal static C.ChartSpace BuildChartSpace(ChartSpec spec, ChartStyle style, string workbookRelationshipId, IReadOnlyList<int>? slots)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(workbookRelationshipId);

        var plotArea = new C.PlotArea(new C.Layout());
        plotArea.Append(spec.Kind == ChartKind.Bar ? BarChart(spec, style, slots) : LineChart(spec, style, slots));
        plotArea.Append(CategoryAxis(spec, style));
        plotArea.Append(ValueAxis(spec, style));

        var chart = new C.Chart(
            Title(spec.Title, style, 1200, bold: true),
            new C.AutoTitleDeleted { Val = false },
            plotArea,
            new C.Legend(
                new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
                new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            chart,
            new C.ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())),
            TextProperties(style, 900, bold: false),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookRelationshipId });
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    /// <summary>Marker shapes by slot, so that line series differ by more than colour.</summary>
    private static readonly C.MarkerStyleValues[] Markers = [C.MarkerStyleValues.Circle, C.MarkerStyleValues.Square, C.MarkerStyleValues.Triangle, C.MarkerStyleValues.Diamond, C.MarkerStyleValues.X, C.MarkerStyleValues.Star];

    /// <summary>Line dash patterns by slot.</summary>
    private static readonly A.PresetLineDashValues[] Dashes = [A.PresetLineDashValues.Solid, A.PresetLineDashValues.Dash, A.PresetLineDashValues.SystemDot, A.PresetLineDashValues.DashDot, A.PresetLineDashValues.LargeDash, A.PresetLineDashValues.LargeDashDot];

    /// <summary>
    /// Bar fills by slot: the first solid, the rest hatched in the series colour on white, so that bars differ by
    /// pattern as well as colour (WCAG 1.4.1) and still differ when printed in black and white.
    /// </summary>
    private static readonly A.PresetPatternValues?[] Patterns = [null, A.PresetPatternValues.WideUpwardDiagonal, A.PresetPatternValues.SmallGrid, A.PresetPatternValues.DarkHorizontal, A.PresetPatternValues.WideDownwardDiagonal, A.PresetPatternValues.DottedDiamond];

    private static int Slot(IReadOnlyList<int>? slots, int series) => slots is not null && series < slots.Count ? slots[series] : series;

    private static C.LineChart LineChart(ChartSpec spec, ChartStyle style, IReadOnlyList<int>? slots)
    {
        var chart = new C.LineChart(
            new C.Grouping { Val = C.GroupingValues.Standard },
            new C.VaryColors { Val = false });
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var slot = Slot(slots, s);
            var colour = style.SeriesColour(slot);
            var series = new C.LineChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                SeriesText(spec, s),
                new C.ChartShapeProperties(new A.Outline(Solid(colour), new A.PresetDash { Val = Dashes[slot % Dashes.Length] }, new A.Round()) { Width = 28575, CapType = A.LineCapValues.Round }),
                new C.Marker(
                    new C.Symbol { Val = Markers[slot % Markers.Length] },
                    new C.Size { Val = 7 },
                    new C.ChartShapeProperties(Solid(colour), new A.Outline(Solid(colour)) { Width = 9525 })),
                CategoryData(spec),
                new C.Values(NumberReference(spec, s)),
                new C.Smooth { Val = false });
            chart.Append(series);
        }

        chart.Append(new C.ShowMarker { Val = true });
        chart.Append(new C.AxisId { Val = CategoryAxisId });
        chart.Append(new C.AxisId { Val = ValueAxisId });
        return chart;
    }

    private static C.BarChart BarChart(ChartSpec spec, ChartStyle style, IReadOnlyList<int>? slots)
    {
        var chart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var slot = Slot(slots, s);
            var colour = style.SeriesColour(slot);
            chart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                SeriesText(spec, s),
                new C.ChartShapeProperties(BarFill(colour, slot), new A.Outline(Solid(colour)) { Width = 9525 }),
                new C.InvertIfNegative { Val = false },
                CategoryData(spec),
                new C.Values(NumberReference(spec, s))));
        }

        chart.Append(new C.GapWidth { Val = 80 });
        chart.Append(new C.Overlap { Val = -10 });
        chart.Append(new C.AxisId { Val = CategoryAxisId });
        chart.Append(new C.AxisId { Val = ValueAxisId });
        return chart;
    }

    private static OpenXmlElement BarFill(string colour, int slot) => Patterns[slot % Patterns.Length] is A.PresetPatternValues pattern
        ? new A.PatternFill(
            new A.ForegroundColor(new A.RgbColorModelHex { Val = colour }),
            new A.BackgroundColor(new A.RgbColorModelHex { Val = "FFFFFF" }))
        { Preset = pattern }
        : Solid(colour);

    private static C.SeriesText SeriesText(ChartSpec spec, int s) =>
        new(new C.StringReference(
            new C.Formula(ChartWorkbook.SheetName + "!$" + ChartWorkbook.ColumnName(s + 1) + "$1"),
            new C.StringCache(
                new C.PointCount { Val = 1U },
                new C.StringPoint(new C.NumericValue(spec.Series[s].Name)) { Index = 0U })));

    private static C.CategoryAxisData CategoryData(ChartSpec spec)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)spec.Categories.Count });
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(spec.Categories[c])) { Index = (uint)c });
        }

        return new C.CategoryAxisData(new C.StringReference(
            new C.Formula(Range(0, spec.Categories.Count)),
            cache));
    }

    private static C.NumberReference NumberReference(ChartSpec spec, int s)
    {
        var values = spec.Series[s].Values;
        var cache = new C.NumberingCache(
            new C.FormatCode(spec.NumberFormat),
            new C.PointCount { Val = (uint)values.Count });
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c] is decimal value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)c });
            }
        }

        return new C.NumberReference(new C.Formula(Range(s + 1, values.Count)), cache);
    }

    private static string Range(int column, int count)
    {
        var col = ChartWorkbook.ColumnName(column);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ChartWorkbook.SheetName}!${col}$2:${col}${count + 1}");
    }

    private static C.CategoryAxis CategoryAxis(ChartSpec spec, ChartStyle style)
    {
        var axis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom });
        if (spec.CategoryAxisTitle is not null)
        {
            axis.Append(Title(spec.CategoryAxisTitle, style, 900, bold: false));
        }

        axis.Append(
            new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
            new C.ChartShapeProperties(new A.Outline(Solid("BFBFBF")) { Width = 9525 }),
            TextProperties(style, 900, bold: false),
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        return axis;
    }

    private static C.ValueAxis ValueAxis(ChartSpec spec, ChartStyle style)
    {
        var axis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(Solid("D9D9D9")) { Width = 9525 })));
        if (spec.ValueAxisTitle is not null)
        {
            axis.Append(Title(spec.ValueAxisTitle, style, 900, bold: false, rotate: true));
        }

        axis.Append(
            new C.NumberingFormat { FormatCode = spec.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.ChartShapeProperties(new A.Outline(new A.NoFill())),
            TextProperties(style, 900, bold: false),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = spec.Kind == ChartKind.Bar ? C.CrossBetweenValues.Between : C.CrossBetweenValues.MidpointCategory });
        return axis;
    }

    private static C.Title Title(string text, ChartStyle style, int size, bool bold, bool rotate = false)
    {
        var bodyProperties = new A.BodyProperties();
        if (rotate)
        {
            bodyProperties.Rotation = -5400000;
            bodyProperties.Vertical = A.TextVerticalValues.Horizontal;
        }

        return new C.Title(
            new C.ChartText(new C.RichText(
                bodyProperties,
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(RunProperties<A.DefaultRunProperties>(style, size, bold)),
                    new A.Run(RunProperties<A.RunProperties>(style, size, bold), new A.Text(text))))),
            new C.Overlay { Val = false });
    }

    private static C.TextProperties TextProperties(ChartStyle style, int size, bool bold) =>
        new(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(RunProperties<A.DefaultRunProperties>(style, size, bold)),
                new A.EndParagraphRunProperties { Language = "en-GB" }));

    private static T RunProperties<T>(ChartStyle style, int size, bool bold)
        where T : A.TextCharacterPropertiesType, new()
    {
        var properties = new T { FontSize = size, Bold = bold };
        properties.Append(
            Solid(style.TextColour),
            new A.LatinFont { Typeface = style.FontName },
            new A.EastAsianFont { Typeface = style.FontName },
            new A.ComplexScriptFont { Typeface = style.FontName });
        return properties;
    }

    private static A.SolidFill Solid(string hex) => new(new A.RgbColorModelHex { Val = hex });

    private static W.Drawing InlineDrawing(string relationshipId, uint drawingId, string title, string description) =>
        new(new DW.Inline(
            new DW.Extent { Cx = DefaultWidthEmu, Cy = DefaultHeightEmu },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = "Chart " + drawingId.ToString(CultureInfo.InvariantCulture), Title = title, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(
                new C.ChartReference { Id = relationshipId })
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });

    /// <summary>Lists the (category, series name, value) triples of a spec in workbook order; used by tests.</summary>
    internal static IEnumerable<(string Category, string Series, decimal? Value)> Cells(ChartSpec spec)
    {
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            for (var s = 0; s < spec.Series.Count; s++)
            {
                yield return (spec.Categories[c], spec.Series[s].Name, spec.Series[s].Values[c]);
            }
        }
    }
}
