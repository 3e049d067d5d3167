using System.Collections.Generic;

namespace Send.Reporting.Styling;

/// <summary>
/// The style ids the renderer writes. A house style (reference .docx) must define every one of them; loading one
/// that does not is an error listing each missing id (see <see cref="HouseStyle.Load(string)"/>).
/// </summary>
/// <remarks>
/// These are style <em>ids</em> (<c>w:styleId</c>), not display names: Word's built-in "Heading 1" has the id
/// <c>Heading1</c>, "List Bullet" has <c>ListBullet</c>. The list is documented in docs/house-style.md.
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

    /// <summary>The footer paragraph ("Page X of Y").</summary>
    public const string Footer = "Footer";

    /// <summary>The character style for links.</summary>
    public const string Hyperlink = "Hyperlink";

    /// <summary>The table style for every table.</summary>
    public const string ReportTable = "ReportTable";

    /// <summary>The list styles, each of which must carry numbering (<c>w:numPr</c>) in its paragraph properties.</summary>
    public static IReadOnlyList<string> ListStyles { get; } = new[] { ListBullet, ListLetter, ListNumber, ListRoman };

    /// <summary>Every style a house style must define, in the order docs/house-style.md lists them.</summary>
    public static IReadOnlyList<string> Required { get; } = new[]
    {
        Normal, Title, Subtitle, Heading1, Heading2, Heading3, BodyText, NumberedParagraph,
        ListBullet, ListLetter, ListNumber, ListRoman,
        TableText, TableNumber, TableHeading, TableHeadingNumber, TableTotal, TableTotalNumber,
        BoxedNote, ContactBlock, Caption, Footer, Hyperlink, ReportTable,
    };
}
