using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Domain.Finance;

namespace Send.Reporting.Styling;

/// <summary>
/// Builds Send's default house style: a reference .docx that looks like an English council committee paper (Arial,
/// numbered headings "1 Recommendation", numbered paragraphs "2.1", shaded table headers, boxed notes, A4, footer
/// "Page X of Y"). The same bytes every time.
/// </summary>
/// <remarks>
/// The committed <c>templates/house-style/house-style.docx</c> is this builder's output; a test fails when the two
/// differ (it writes <c>house-style.received.docx</c> beside it to copy over). A council that wants its own look
/// starts from that file in Word, changes the styles (keeping their ids) and passes it as the house style.
/// </remarks>
public static class HouseStyleBuilder
{
    private const string Font = "Arial";
    private const string RuleColour = "7F7F7F";
    private const string HeaderFill = "D9D9D9";
    private const string NoteFill = "F2F2F2";
    private const int TextIndent = 851; // 1.5 cm: where text starts after "2.1"
    private const int ListIndent = 425; // 0.75 cm per list level

    /// <summary>The numbering instance of the heading and paragraph numbering ("1", "2.1").</summary>
    internal const int HeadingNumId = 1;

    /// <summary>Builds the reference document.</summary>
    /// <returns>The .docx bytes.</returns>
    public static byte[] Build() => Build(starter: false);

    /// <summary>
    /// Builds a starter for a council's comms team: the default house style with a body that shows every style Send
    /// uses (<see cref="StyleIds.Contract"/>), each paragraph in its own style and saying what it is for, so that
    /// restyling in Word shows the effect at once. Send ignores the body when the file is used as a house style.
    /// </summary>
    /// <returns>The .docx bytes.</returns>
    public static byte[] BuildStarter() => Build(starter: true);

    private static byte[] Build(bool starter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = BuildStyles();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            numbering.Numbering = BuildNumbering();
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = BuildSettings();
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = BuildFooter();
            main.Document = starter
                ? new Document(new Body(StarterBody(main).Concat(new OpenXmlElement[] { BuildSection("rIdFooter") })))
                : new Document(new Body(
                    new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Title }), new Run(new Text("Report title"))),
                    BuildSection("rIdFooter")));
        }

        // System.IO.Packaging stamps entries with the time and gives package relationships random ids; rewritten through
        // the report engine's own package writer, the same styles always give the same bytes.
        var package = HouseStylePackage.Read(stream.ToArray(), "<house style builder>").Package;
        package.RenumberRelationships(string.Empty);
        return package.ToArray();
    }

    private static List<OpenXmlElement> StarterBody(MainDocumentPart main)
    {
        static Paragraph Styled(string style, string text) =>
            new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

        var body = new List<OpenXmlElement>
        {
            Styled(StyleIds.Title, "Council house style"),
            Styled(StyleIds.Subtitle, "Every style Send uses, each in its own style. Change the styles (not this text) in Word, keep their names, save, and pass this file to send render --house-style."),
        };
        foreach (var style in StyleIds.Contract)
        {
            var text = $"{style.Name} ({style.Id}): {style.UsedFor.Replace("`", string.Empty, System.StringComparison.Ordinal)}"
                + (style.WordBuiltIn is null ? "." : $"; Word's \"{style.WordBuiltIn}\".");
            switch (style.Type)
            {
                case SendStyleType.Paragraph:
                    body.Add(Styled(style.Id, text));
                    break;
                case SendStyleType.Character when style.Id == StyleIds.Hyperlink:
                    main.AddHyperlinkRelationship(new System.Uri("https://www.gov.uk/"), true, "rIdStarterLink");
                    body.Add(new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.BodyText }),
                        new Hyperlink(new Run(new RunProperties(new RunStyle { Val = style.Id }), new Text(text))) { Id = "rIdStarterLink" }));
                    break;
                case SendStyleType.Character:
                    // Another character style (the footnote number): a run in it, after a word in body text.
                    body.Add(new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.BodyText }),
                        new Run(new Text("Text") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new RunProperties(new RunStyle { Val = style.Id }), new Text("1")),
                        new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                default:
                    body.Add(Styled(StyleIds.BodyText, text + " Its header-row fill is used on every header cell; RAG fills are the document variables SendRagRed, SendRagAmber and SendRagGreen."));
                    body.Add(StarterTable(style.Id));
                    break;
            }
        }

        return body;
    }

    private static Table StarterTable(string style)
    {
        static TableCell Cell(string paragraphStyle, string text, string? fill = null)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2600", Type = TableWidthUnitValues.Dxa }));
            if (fill is not null)
            {
                cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }

            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = paragraphStyle }), new Run(new Text(text))));
            return cell;
        }

        return new Table(
            new TableProperties(new TableStyle { Val = style }, new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }, new TableLook { Val = "0060", FirstRow = true, LastRow = true, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = "2600" }, new GridColumn { Width = "2600" }, new GridColumn { Width = "2600" }),
            new TableRow(new TableRowProperties(new TableHeader()), Cell(StyleIds.TableHeading, "Table Heading", HeaderFill), Cell(StyleIds.TableHeadingNumber, "Table Heading Number", HeaderFill), Cell(StyleIds.TableHeading, "Status", HeaderFill)),
            new TableRow(Cell(StyleIds.TableText, "Table Text"), Cell(StyleIds.TableNumber, "1,234"), Cell(StyleIds.TableText, "Red", RagPalette.Default.Fill(RagStatus.Red))),
            new TableRow(Cell(StyleIds.TableText, "Table Text"), Cell(StyleIds.TableNumber, "567"), Cell(StyleIds.TableText, "Amber", RagPalette.Default.Fill(RagStatus.Amber))),
            new TableRow(Cell(StyleIds.TableTotal, "Table Total"), Cell(StyleIds.TableTotalNumber, "1,801"), Cell(StyleIds.TableText, "Green", RagPalette.Default.Fill(RagStatus.Green))));
    }

    private static SectionProperties BuildSection(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1418, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 567U, Gutter = 0U },
        new Columns { Space = "708" },
        new DocGrid { LinePitch = 360 });

    private static Styles BuildStyles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "24" },
                    new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-GB", EastAsia = "en-GB", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new WidowControl(),
                    new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle(StyleIds.Normal, "Normal", null, isDefault: true));
        styles.Append(CharacterStyle("DefaultParagraphFont", "Default Paragraph Font", isDefault: true));
        styles.Append(TableStyleNormal());

        styles.Append(ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal,
            p => p.Append(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "240" }),
            r => r.Append(new Bold(), new BoldComplexScript(), new FontSize { Val = "36" }, new FontSizeComplexScript { Val = "36" })));
        styles.Append(ParagraphStyle(StyleIds.Subtitle, "Subtitle", StyleIds.Normal,
            p => p.Append(new SpacingBetweenLines { Before = "0", After = "120" }),
            r => r.Append(new Bold(), new BoldComplexScript())));

        styles.Append(ParagraphStyle(StyleIds.Heading1, "heading 1", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), Numbered(0), new SpacingBetweenLines { Before = "360", After = "160" }, new Indentation { Left = TextIndent.ToString(), Hanging = TextIndent.ToString() }, new OutlineLevel { Val = 0 }),
            r => r.Append(new Bold(), new BoldComplexScript(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })));
        styles.Append(ParagraphStyle(StyleIds.Heading2, "heading 2", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), Numbered(1), new SpacingBetweenLines { Before = "240", After = "120" }, new Indentation { Left = TextIndent.ToString(), Hanging = TextIndent.ToString() }, new OutlineLevel { Val = 1 }),
            r => r.Append(new Bold(), new BoldComplexScript())));
        styles.Append(ParagraphStyle(StyleIds.Heading3, "heading 3", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "200", After = "80" }, new Indentation { Left = TextIndent.ToString() }, new OutlineLevel { Val = 2 }),
            r => r.Append(new Bold(), new BoldComplexScript(), new Italic(), new ItalicComplexScript())));

        styles.Append(ParagraphStyle(StyleIds.Heading4, "heading 4", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "200", After = "80" }, new Indentation { Left = TextIndent.ToString() }, new OutlineLevel { Val = 3 }),
            r => r.Append(new Bold(), new BoldComplexScript())));
        styles.Append(ParagraphStyle(StyleIds.Heading5, "heading 5", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "160", After = "80" }, new Indentation { Left = TextIndent.ToString() }, new OutlineLevel { Val = 4 }),
            r => r.Append(new Italic(), new ItalicComplexScript())));
        styles.Append(ParagraphStyle(StyleIds.Heading6, "heading 6", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "160", After = "60" }, new Indentation { Left = TextIndent.ToString() }, new OutlineLevel { Val = 5 }),
            r => r.Append(new Italic(), new ItalicComplexScript(), new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" })));

        styles.Append(ParagraphStyle(StyleIds.BodyText, "Body Text", StyleIds.Normal,
            p => p.Append(new Indentation { Left = TextIndent.ToString() })));
        styles.Append(ParagraphStyle(StyleIds.NumberedParagraph, "Numbered Paragraph", StyleIds.Normal,
            p => p.Append(Numbered(1), new Indentation { Left = TextIndent.ToString(), Hanging = TextIndent.ToString() })));

        styles.Append(ListStyle(StyleIds.ListBullet, "List Bullet", 2));
        styles.Append(ListStyle(StyleIds.ListLetter, "List Letter", 3));
        styles.Append(ListStyle(StyleIds.ListNumber, "List Number", 4));
        styles.Append(ListStyle(StyleIds.ListRoman, "List Roman", 5));

        styles.Append(TableParagraphStyle(StyleIds.TableText, "Table Text", right: false, bold: false));
        styles.Append(TableParagraphStyle(StyleIds.TableNumber, "Table Number", right: true, bold: false));
        styles.Append(TableParagraphStyle(StyleIds.TableHeading, "Table Heading", right: false, bold: true));
        styles.Append(TableParagraphStyle(StyleIds.TableHeadingNumber, "Table Heading Number", right: true, bold: true));
        styles.Append(TableParagraphStyle(StyleIds.TableTotal, "Table Total", right: false, bold: true));
        styles.Append(TableParagraphStyle(StyleIds.TableTotalNumber, "Table Total Number", right: true, bold: true));

        styles.Append(ParagraphStyle(StyleIds.BoxedNote, "Boxed Note", StyleIds.Normal,
            p => p.Append(
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 8U, Space = 4U, Color = RuleColour },
                    new LeftBorder { Val = BorderValues.Single, Size = 8U, Space = 4U, Color = RuleColour },
                    new BottomBorder { Val = BorderValues.Single, Size = 8U, Space = 4U, Color = RuleColour },
                    new RightBorder { Val = BorderValues.Single, Size = 8U, Space = 4U, Color = RuleColour }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = NoteFill },
                new SpacingBetweenLines { Before = "120", After = "120" },
                new Indentation { Left = "113", Right = "113" })));
        styles.Append(ParagraphStyle(StyleIds.ContactBlock, "Contact Block", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new SpacingBetweenLines { After = "0" })));
        styles.Append(ParagraphStyle(StyleIds.Caption, "caption", StyleIds.Normal,
            p => p.Append(new SpacingBetweenLines { Before = "60", After = "200" }, new Indentation { Left = TextIndent.ToString() }),
            r => r.Append(new Italic(), new ItalicComplexScript(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle(StyleIds.ReportReference, "Report Reference", StyleIds.Normal,
            p => p.Append(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Right }),
            r => r.Append(new Bold(), new BoldComplexScript())));
        styles.Append(ParagraphStyle(StyleIds.ReportFact, "Report Fact", StyleIds.Normal,
            p => p.Append(new KeepLines(), new SpacingBetweenLines { After = "80" })));
        styles.Append(ParagraphStyle(StyleIds.ProtectiveMarking, "Protective Marking", StyleIds.Normal,
            p => p.Append(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            r => r.Append(new Bold(), new BoldComplexScript())));
        styles.Append(ParagraphStyle(StyleIds.AppendixHeading, "Appendix Heading", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new PageBreakBefore(), new SpacingBetweenLines { Before = "0", After = "240" }, new OutlineLevel { Val = 0 }),
            r => r.Append(new Bold(), new BoldComplexScript(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));
        styles.Append(ParagraphStyle(StyleIds.TocHeading, "TOC Heading", StyleIds.Normal,
            p => p.Append(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "160" }),
            r => r.Append(new Bold(), new BoldComplexScript(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })));
        styles.Append(TocStyle(StyleIds.Toc1, "toc 1", 0));
        styles.Append(TocStyle(StyleIds.Toc2, "toc 2", 1));
        styles.Append(TocStyle(StyleIds.Toc3, "toc 3", 2));
        styles.Append(ParagraphStyle(StyleIds.FootnoteText, "footnote text", StyleIds.Normal,
            p => p.Append(new SpacingBetweenLines { After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            r => r.Append(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle(StyleIds.Footer, "footer", StyleIds.Normal,
            p => p.Append(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            r => r.Append(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));

        var hyperlink = CharacterStyle(StyleIds.Hyperlink, "Hyperlink", isDefault: false);
        hyperlink.Append(new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }));
        styles.Append(hyperlink);
        var footnoteReference = CharacterStyle(StyleIds.FootnoteReference, "footnote reference", isDefault: false);
        footnoteReference.Append(new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }));
        styles.Append(footnoteReference);
        styles.Append(ReportTableStyle());
        return styles;
    }

    private static NumberingProperties Numbered(int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = HeadingNumId });

    private static Style ParagraphStyle(string id, string name, string? basedOn, System.Action<StyleParagraphProperties>? paragraph = null, System.Action<StyleRunProperties>? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = id.StartsWith("Heading", System.StringComparison.Ordinal) || id == StyleIds.Title || id == StyleIds.Subtitle ? StyleIds.BodyText : id });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            var properties = new StyleParagraphProperties();
            paragraph(properties);
            style.Append(properties);
        }

        if (run is not null)
        {
            var properties = new StyleRunProperties();
            run(properties);
            style.Append(properties);
        }

        return style;
    }

    private static Style TocStyle(string id, string name, int level) =>
        ParagraphStyle(id, name, StyleIds.Normal, p => p.Append(
            new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 9628 }),
            new SpacingBetweenLines { After = "60" },
            new Indentation { Left = (level * ListIndent).ToString() }));

    private static Style ListStyle(string id, string name, int numId) =>
        ParagraphStyle(id, name, StyleIds.Normal, p => p.Append(
            new NumberingProperties(new NumberingId { Val = numId }),
            new SpacingBetweenLines { After = "80" },
            new Indentation { Left = (TextIndent + ListIndent).ToString(), Hanging = ListIndent.ToString() }));

    private static Style TableParagraphStyle(string id, string name, bool right, bool bold) =>
        ParagraphStyle(id, name, StyleIds.Normal,
            p =>
            {
                p.Append(new KeepLines(), new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto });
                if (right)
                {
                    p.Append(new Justification { Val = JustificationValues.Right });
                }
            },
            r =>
            {
                if (bold)
                {
                    r.Append(new Bold(), new BoldComplexScript());
                }

                r.Append(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" });
            });

    private static Style CharacterStyle(string id, string name, bool isDefault)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (isDefault)
        {
            style.Append(new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed());
        }

        return style;
    }

    private static Style TableStyleNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = "TableNormal",
        Default = OnOffValue.FromBoolean(true),
    };

    private static Style ReportTableStyle()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.ReportTable };
        style.Append(
            new StyleName { Val = "Report Table" },
            new BasedOn { Val = "TableNormal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleTableProperties(
                new TableIndentation { Width = TextIndent, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = RuleColour },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = RuleColour },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = RuleColour },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = RuleColour },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = RuleColour },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = RuleColour }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new TableCellBorders(new TopBorder { Val = BorderValues.Double, Size = 4U, Space = 0U, Color = "000000" })))
            { Type = TableStyleOverrideValues.LastRow });
        return style;
    }

    private static Numbering BuildNumbering()
    {
        var numbering = new Numbering();

        // 0: headings and numbered paragraphs, "1" then "1.1" (Heading2 and NumberedPara share level 1).
        numbering.Append(new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Level(0, NumberFormatValues.Decimal, "%1", 0, StyleIds.Heading1),
            Level(1, NumberFormatValues.Decimal, "%1.%2", 0, StyleIds.NumberedParagraph),
            Level(2, NumberFormatValues.Decimal, "%1.%2.%3", 0, null))
        { AbstractNumberId = 0 });

        numbering.Append(ListAbstract(1, StyleIds.ListBullet, level => (NumberFormatValues.Bullet, level % 2 == 0 ? "\u2022" : "\u2013")));
        numbering.Append(ListAbstract(2, StyleIds.ListLetter, level => level % 2 == 0 ? (NumberFormatValues.LowerLetter, $"%{level + 1})") : (NumberFormatValues.LowerRoman, $"%{level + 1})")));
        numbering.Append(ListAbstract(3, StyleIds.ListNumber, level => level % 2 == 0 ? (NumberFormatValues.Decimal, $"%{level + 1}.") : (NumberFormatValues.LowerLetter, $"%{level + 1})")));
        numbering.Append(ListAbstract(4, StyleIds.ListRoman, level => level % 2 == 0 ? (NumberFormatValues.LowerRoman, $"%{level + 1})") : (NumberFormatValues.LowerLetter, $"%{level + 1})")));

        for (var i = 0; i < 5; i++)
        {
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = i }) { NumberID = i + 1 });
        }

        return numbering;
    }

    private static Level Level(int level, NumberFormatValues format, string text, int indentSteps, string? style)
    {
        var lvl = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format });
        if (style is not null)
        {
            lvl.Append(new ParagraphStyleIdInLevel { Val = style });
        }

        lvl.Append(
            new LevelSuffix { Val = LevelSuffixValues.Tab },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Number, Position = TextIndent + (indentSteps * ListIndent) }),
                new Indentation { Left = (TextIndent + (indentSteps * ListIndent)).ToString(), Hanging = TextIndent.ToString() }));
        lvl.LevelIndex = level;
        return lvl;
    }

    private static AbstractNum ListAbstract(int id, string style, System.Func<int, (NumberFormatValues Format, string Text)> levels)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var (format, text) = levels(level);
            var left = TextIndent + ((level + 1) * ListIndent);
            var lvl = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format });
            if (level == 0)
            {
                lvl.Append(new ParagraphStyleIdInLevel { Val = style });
            }

            lvl.Append(
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = left.ToString(), Hanging = ListIndent.ToString() }));
            if (format == NumberFormatValues.Bullet)
            {
                lvl.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, Hint = FontTypeHintValues.Default }));
            }

            lvl.LevelIndex = level;
            abstractNum.Append(lvl);
        }

        return abstractNum;
    }

    private static Settings BuildSettings()
    {
        var variables = new DocumentVariables();
        foreach (var status in new[] { RagStatus.Red, RagStatus.Amber, RagStatus.Green })
        {
            variables.Append(new DocumentVariable { Name = RagPalette.VariableName(status), Val = RagPalette.Default.Fill(status) });
        }

        return new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            variables,
            new ThemeFontLanguages { Val = "en-GB" });
    }

    private static Footer BuildFooter() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }),
        new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new RunProperties(new NoProof()), new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new RunProperties(new NoProof()), new Text("1"))) { Instruction = " NUMPAGES " }));
}
