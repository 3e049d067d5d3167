using Markdig.Renderers;
using Markdig.Syntax;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// A list: <c>-</c> bullets (ListBullet), <c>a)</c>/<c>a.</c> letters (ListLetter), <c>i)</c> roman numerals
/// (ListRoman), <c>1.</c> numbers (ListNumber). Every list gets its own numbering instance with a start override,
/// so each list restarts at its own first number; nested lists go one level deeper and are numbered by the marker
/// written (a <c>1.</c> list inside a <c>1.</c> list counts 1., 2., not a), b)).
/// </summary>
internal sealed class ListRenderer : MarkdownObjectRenderer<DocxRenderer, ListBlock>
{
    protected override void Write(DocxRenderer renderer, ListBlock list)
    {
        var outer = renderer.CurrentList;
        var style = BlockRoles.ListStyle(list);
        var level = outer is null ? 0 : outer.Level + 1;
        var numId = renderer.NewListInstance(style, BlockRoles.ListStart(list), System.Math.Min(level, 8), list.IsOrdered ? new ListMarker(list.BulletType, list.OrderedDelimiter) : null);
        foreach (var item in list)
        {
            renderer.CurrentList = new ListState(style, numId, System.Math.Min(level, 8));
            if (item is ContainerBlock container)
            {
                renderer.WriteChildren(container);
            }
        }

        renderer.CurrentList = outer;
        if (outer is not null)
        {
            outer.NumberPending = false;
        }
    }
}
