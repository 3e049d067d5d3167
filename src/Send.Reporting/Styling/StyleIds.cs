using System.Collections.Generic;
using System.Linq;

namespace Send.Reporting.Styling;

/// <summary>
/// The style ids the renderer writes, and the contract (<see cref="Contract"/>) by which a house style's own styles
/// are matched to them: by id, then by display name or a documented alias, case-insensitively. A style a house style
/// lacks is supplied from Send's default (see <see cref="HouseStyle.Load(string, HouseStyleOptions?)"/>).
/// </summary>
/// <remarks>
/// These are style <em>ids</em> (<c>w:styleId</c>), not display names: Word's built-in "Heading 1" has the id
/// <c>Heading1</c>, "List Bullet" has <c>ListBullet</c>. LibreOffice and other languages' Word give other ids to
/// the same names, which is why names are matched too. The list is documented in docs/house-style.md.
/// </remarks>
public static class StyleIds
{
    /// <summary>The default paragraph style.</summary>
    public const string Normal = "Normal";

    /// <summary>The report title in the title block.</summary>
    public const string Title = "Title";

    /// <summary>Other title-block lines: council, committee, date, "Report of ...".</summary>
    public const string Subtitle = "Subtitle";

    /// <summary>A level-1 heading; numbered "1", "2" by the house style's numbering.</summary>
    public const string Heading1 = "Heading1";

    /// <summary>A level-2 heading; numbered "2.1" and sharing its counter with <see cref="NumberedParagraph"/>.</summary>
    public const string Heading2 = "Heading2";

    /// <summary>A level-3 heading (unnumbered in the default house style).</summary>
    public const string Heading3 = "Heading3";

    /// <summary>A level-4 heading, <c>####</c> (unnumbered).</summary>
    public const string Heading4 = "Heading4";

    /// <summary>A level-5 heading, <c>#####</c> (unnumbered).</summary>
    public const string Heading5 = "Heading5";

    /// <summary>A level-6 heading, <c>######</c> (unnumbered).</summary>
    public const string Heading6 = "Heading6";

    /// <summary>An unnumbered body paragraph, indented to line up with numbered text.</summary>
    public const string BodyText = "BodyText";

    /// <summary>A numbered body paragraph, "2.1", "2.2".</summary>
    public const string NumberedParagraph = "NumberedPara";

    /// <summary>A bullet list item; the style's numbering gives the bullet.</summary>
    public const string ListBullet = "ListBullet";

    /// <summary>A lettered list item, "a)".</summary>
    public const string ListLetter = "ListLetter";

    /// <summary>A numbered list item, "1.".</summary>
    public const string ListNumber = "ListNumber";

    /// <summary>A roman-numbered list item, "i)".</summary>
    public const string ListRoman = "ListRoman";

    /// <summary>Text in a table body cell.</summary>
    public const string TableText = "TableText";

    /// <summary>A number in a table body cell (right-aligned).</summary>
    public const string TableNumber = "TableNumber";

    /// <summary>Text in a table header cell.</summary>
    public const string TableHeading = "TableHeading";

    /// <summary>A header cell over a column of numbers (right-aligned).</summary>
    public const string TableHeadingNumber = "TableHeadingNumber";

    /// <summary>Text in a totals row.</summary>
    public const string TableTotal = "TableTotal";

    /// <summary>A number in a totals row (right-aligned).</summary>
    public const string TableTotalNumber = "TableTotalNumber";

    /// <summary>A boxed note (<c>::: note</c>).</summary>
    public const string BoxedNote = "BoxedNote";

    /// <summary>The signature and contact block (<c>::: contact</c>).</summary>
    public const string ContactBlock = "ContactBlock";

    /// <summary>Captions and placeholders (for example a chart that has no renderer).</summary>
    public const string Caption = "Caption";

    /// <summary>The agenda item and report number at the head of a paper (<c>::: agenda-item</c>, <c>::: report-number</c>).</summary>
    public const string ReportReference = "ReportReference";

    /// <summary>A committee fact: key decision, wards or divisions affected, background papers.</summary>
    public const string ReportFact = "ReportFact";

    /// <summary>The protective marking (OFFICIAL) in the page header (<c>::: marking</c>).</summary>
    public const string ProtectiveMarking = "ProtectiveMarking";

    /// <summary>An appendix's heading, "Appendix A: ...", starting a new page (<c>::: appendix</c>).</summary>
    public const string AppendixHeading = "AppendixHeading";

    /// <summary>The heading of a table of contents (<c>::: toc</c>).</summary>
    public const string TocHeading = "TOCHeading";

    /// <summary>A level-1 entry in a table of contents.</summary>
    public const string Toc1 = "TOC1";

    /// <summary>A level-2 entry in a table of contents.</summary>
    public const string Toc2 = "TOC2";

    /// <summary>A level-3 entry in a table of contents.</summary>
    public const string Toc3 = "TOC3";

    /// <summary>The text of a footnote (<c>[^1]: ...</c>).</summary>
    public const string FootnoteText = "FootnoteText";

    /// <summary>The character style of a footnote's number, in the text and in the note.</summary>
    public const string FootnoteReference = "FootnoteReference";

    /// <summary>The footer paragraph ("Page X of Y").</summary>
    public const string Footer = "Footer";

    /// <summary>The character style for links.</summary>
    public const string Hyperlink = "Hyperlink";

    /// <summary>The table style for every table.</summary>
    public const string ReportTable = "ReportTable";

    /// <summary>The list styles, each of which must carry numbering (<c>w:numPr</c>) in its paragraph properties.</summary>
    public static IReadOnlyList<string> ListStyles { get; } = new[] { ListBullet, ListLetter, ListNumber, ListRoman };

    /// <summary>
    /// The style contract: every style the renderer writes, what it is for, the Word built-in it maps to, the names
    /// it is also recognised by, and what a supplied one is layered over. The order matters: a style comes after the
    /// style it is supplied over. docs/house-style.md lists this table.
    /// </summary>
    /// <remarks>
    /// To add a style: add its id above, a definition in <see cref="HouseStyleBuilder"/> (the default every house style
    /// that lacks it is supplied from), and an entry here with its display name, aliases and base.
    /// </remarks>
    public static IReadOnlyList<SendStyle> Contract { get; } = new SendStyle[]
    {
        new(Normal, SendStyleType.Paragraph, "Normal", "the base of every paragraph style", "Normal"),
        new(Title, SendStyleType.Paragraph, "Title", "the report title (`#` in `::: title`)", "Title") { IsHeading = true },
        new(Subtitle, SendStyleType.Paragraph, "Subtitle", "other title-block lines", "Subtitle") { IsHeading = true },
        new(Heading1, SendStyleType.Paragraph, "heading 1", "`#` headings, numbered \"1\"", "Heading 1") { IsHeading = true },
        new(Heading2, SendStyleType.Paragraph, "heading 2", "`##` headings, numbered \"2.1\"", "Heading 2") { IsHeading = true },
        new(Heading3, SendStyleType.Paragraph, "heading 3", "`###` headings", "Heading 3") { IsHeading = true },
        new(Heading4, SendStyleType.Paragraph, "heading 4", "`####` headings", "Heading 4") { IsHeading = true },
        new(Heading5, SendStyleType.Paragraph, "heading 5", "`#####` headings", "Heading 5") { IsHeading = true },
        new(Heading6, SendStyleType.Paragraph, "heading 6", "`######` headings", "Heading 6") { IsHeading = true },
        new(BodyText, SendStyleType.Paragraph, "Body Text", "unnumbered paragraphs", "Body Text") { Aliases = new[] { "Text Body", "First Paragraph" } },
        new(NumberedParagraph, SendStyleType.Paragraph, "Numbered Paragraph", "numbered paragraphs \"2.1\", \"2.2\"", null) { Aliases = new[] { "Numbered Para" } },
        new(ListBullet, SendStyleType.Paragraph, "List Bullet", "bulleted list items", "List Bullet") { Aliases = new[] { "List Paragraph" } },
        new(ListLetter, SendStyleType.Paragraph, "List Letter", "lettered list items `a)`", null) { Aliases = new[] { "List Paragraph" } },
        new(ListNumber, SendStyleType.Paragraph, "List Number", "numbered list items `1.`", "List Number") { Aliases = new[] { "List Paragraph" } },
        new(ListRoman, SendStyleType.Paragraph, "List Roman", "roman-numbered list items `i)`", null) { Aliases = new[] { "List Paragraph" } },
        new(TableText, SendStyleType.Paragraph, "Table Text", "text in table cells", null) { Aliases = new[] { "Table Contents", "Compact" } },
        new(TableNumber, SendStyleType.Paragraph, "Table Number", "numbers in table cells (right-aligned)", null) { SuppliedOver = TableText },
        new(TableHeading, SendStyleType.Paragraph, "Table Heading", "header cells", null) { SuppliedOver = TableText },
        new(TableHeadingNumber, SendStyleType.Paragraph, "Table Heading Number", "header cells over numbers", null) { SuppliedOver = TableHeading },
        new(TableTotal, SendStyleType.Paragraph, "Table Total", "totals-row cells", null) { SuppliedOver = TableText },
        new(TableTotalNumber, SendStyleType.Paragraph, "Table Total Number", "totals-row numbers", null) { SuppliedOver = TableTotal },
        new(BoxedNote, SendStyleType.Paragraph, "Boxed Note", "`::: note` and `>` quotes", "Block Text"),
        new(ContactBlock, SendStyleType.Paragraph, "Contact Block", "`::: contact`", null),
        new(Caption, SendStyleType.Paragraph, "caption", "captions and chart placeholders", "Caption") { Aliases = new[] { "Table Caption" } },
        new(ReportReference, SendStyleType.Paragraph, "Report Reference", "`::: agenda-item` and `::: report-number`", null),
        new(ReportFact, SendStyleType.Paragraph, "Report Fact", "`::: key-decision`, `::: wards`, `::: divisions`, `::: background-papers`", null),
        new(ProtectiveMarking, SendStyleType.Paragraph, "Protective Marking", "`::: marking` in the page header", null) { Aliases = new[] { "Security Classification" } },
        new(AppendixHeading, SendStyleType.Paragraph, "Appendix Heading", "`::: appendix` headings, on a new page", null) { IsHeading = true },
        new(TocHeading, SendStyleType.Paragraph, "TOC Heading", "the heading of `::: toc`", "TOC Heading") { IsHeading = true, Aliases = new[] { "Contents Heading" } },
        new(Toc1, SendStyleType.Paragraph, "toc 1", "level-1 contents entries", "TOC 1") { Aliases = new[] { "Contents 1" } },
        new(Toc2, SendStyleType.Paragraph, "toc 2", "level-2 contents entries", "TOC 2") { Aliases = new[] { "Contents 2" } },
        new(Toc3, SendStyleType.Paragraph, "toc 3", "level-3 contents entries", "TOC 3") { Aliases = new[] { "Contents 3" } },
        new(FootnoteText, SendStyleType.Paragraph, "footnote text", "footnotes (`[^1]: ...`)", "Footnote Text") { Aliases = new[] { "Footnote" } },
        new(Footer, SendStyleType.Paragraph, "footer", "footer text", "Footer"),
        new(Hyperlink, SendStyleType.Character, "Hyperlink", "links", "Hyperlink") { Aliases = new[] { "Internet Link" } },
        new(FootnoteReference, SendStyleType.Character, "footnote reference", "footnote numbers", "Footnote Reference") { Aliases = new[] { "Footnote Symbol", "Footnote Characters", "Footnote anchor" } },
        new(ReportTable, SendStyleType.Table, "Report Table", "every table", "Table Grid") { Aliases = new[] { "Table" } },
    };

    /// <summary>Every style a house style must define, in the order docs/house-style.md lists them (the ids of <see cref="Contract"/>).</summary>
    public static IReadOnlyList<string> Required { get; } = Contract.Select(s => s.Id).ToArray();
}
