using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Send.Domain.Validation;

namespace Send.Reporting.Styling;

/// <summary>
/// Matches a house style's styles to Send's style contract (<see cref="StyleIds.Contract"/>) and adds what is needed
/// for every style id the renderer writes to exist: a style based on a match found by name, or Send's default
/// definition, layered over the house style's own Normal, heading font and body-text indent.
/// </summary>
/// <remarks>
/// <para>
/// A style found by id is used as it is and nothing is written. A style matched by display name or alias under
/// another id (LibreOffice's <c>TextBody</c>, pandoc's <c>Compact</c>) gets a style with Send's id
/// <c>basedOn</c> it, so it looks exactly like the match. A style with no match is supplied from Send's default house
/// style: based on the house style's Normal (or on the Send style it is a variant of, keeping only the difference:
/// a supplied <c>TableNumber</c> is the house style's table text right-aligned); a heading takes the house style's
/// heading font and colour; indents move with the house style's body text.
/// </para>
/// <para>
/// Numbering follows the house style: a supplied numbered paragraph shares the counter of the house style's level-2
/// heading, and is unnumbered when its headings are; Send's heading numbering comes in only when the house style has
/// none of Heading1, Heading2 and NumberedPara. A list style with no numbering gets Send's for its kind.
/// </para>
/// </remarks>
internal sealed class StyleResolver
{
    private const int SendTextIndent = 851;
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly Lazy<(XDocument Styles, XDocument Numbering)> Defaults = new(LoadDefaults);
    private static readonly string[] RunPropertiesAfterColour = { "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath" };

    private readonly XDocument styles;
    private readonly Dictionary<string, XElement> byId = new(StringComparer.Ordinal);
    private readonly List<StyleMatch> matches = new();
    private readonly List<DataProblem> problems = new();
    private readonly List<string> listsGivenNumbering = new();
    private readonly string source;
    private XDocument? numbering;
    private int nextAbstractId;
    private int nextNumId;

    private StyleResolver(XDocument styles, XDocument? numbering, string source)
    {
        this.styles = styles;
        this.numbering = numbering;
        this.source = source;
        foreach (var style in styles.Root!.Elements(W + "style"))
        {
            if ((string?)style.Attribute(W + "styleId") is string id)
            {
                byId.TryAdd(id, style);
            }
        }

        nextAbstractId = 1 + (numbering?.Root?.Elements(W + "abstractNum").Select(a => IntAttribute(a, "abstractNumId") ?? 0).DefaultIfEmpty(-1).Max() ?? -1);
        nextNumId = 1 + (numbering?.Root?.Elements(W + "num").Select(n => IntAttribute(n, "numId") ?? 0).DefaultIfEmpty(0).Max() ?? 0);
    }

    /// <summary>How each contract style was provided.</summary>
    public IReadOnlyList<StyleMatch> Matches => matches;

    /// <summary>Errors: a style of the wrong type under Send's id, or (with <see cref="HouseStyleOptions.RequireAllStyles"/>) a style that would be supplied.</summary>
    public IReadOnlyList<DataProblem> Problems => problems;

    /// <summary>List styles the house style had without numbering, which were given Send's.</summary>
    public IReadOnlyList<string> ListsGivenNumbering => listsGivenNumbering;

    /// <summary>Whether the styles were changed (something matched by name or supplied, or a list given numbering).</summary>
    public bool StylesChanged { get; private set; }

    /// <summary>The numbering after any import, or null when the house style had none and none was needed.</summary>
    public XDocument? Numbering => numbering;

    /// <summary>Whether numbering definitions were added.</summary>
    public bool NumberingChanged { get; private set; }

    /// <summary>The styles part after resolution.</summary>
    public XDocument Styles => styles;

    public static StyleResolver Resolve(XDocument? styles, XDocument? numbering, string source, HouseStyleOptions options)
    {
        var resolver = new StyleResolver(styles ?? new XDocument(new XElement(W + "styles", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName))), numbering, source);
        resolver.Run(options);
        return resolver;
    }

    private static XElement DefaultStyle(string id) =>
        Defaults.Value.Styles.Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);

    private void Run(HouseStyleOptions options)
    {
        var supplied = new List<SendStyle>();
        foreach (var style in StyleIds.Contract)
        {
            if (byId.TryGetValue(style.Id, out var found))
            {
                if (TypeOf(found) != style.Type)
                {
                    problems.Add(Problem($"style '{style.Id}' is a {TypeName(TypeOf(found))} style; Send uses it as a {TypeName(style.Type)} style") with { Field = "styles", Expected = $"a {TypeName(style.Type)} style with the id '{style.Id}' (see docs/house-style.md)" });
                    continue;
                }

                matches.Add(new StyleMatch(style.Id, StyleMatchKind.Found, style.Id, NameOf(found)));
            }
            else if (FindByName(style) is XElement match)
            {
                var id = (string)match.Attribute(W + "styleId")!;
                matches.Add(new StyleMatch(style.Id, StyleMatchKind.MatchedByName, id, NameOf(match)));
                Add(Derived(style, id));
                if (EffectiveNumbering(id) is { } inherited)
                {
                    // Repeated rather than inherited: LibreOffice numbers a paragraph only from its own style's numbering.
                    SetNumbering(byId[style.Id], inherited.NumId, inherited.Level);
                }
            }
            else if (options.RequireAllStyles)
            {
                problems.Add(Problem($"required style '{style.Id}' is missing") with { Field = "styles", Expected = $"a style with the id '{style.Id}' or named '{style.Name}' (see docs/house-style.md), or leave out --strict-house-style to have it supplied" });
            }
            else
            {
                matches.Add(new StyleMatch(style.Id, StyleMatchKind.Supplied, null, null));
                supplied.Add(style);
                Add(Supplied(style));
            }
        }

        if (problems.Count > 0)
        {
            return;
        }

        var suppliedIds = supplied.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var shift = IndentOf(StyleIds.BodyText) - SendTextIndent;
        foreach (var style in supplied)
        {
            Shift(byId[style.Id], shift);
        }

        NumberHeadings(suppliedIds, shift);
        LinkNumberedParagraphs();
        foreach (var list in StyleIds.ListStyles)
        {
            if (HasNumbering(list))
            {
                continue;
            }

            if (options.RequireAllStyles)
            {
                problems.Add(Problem($"list style '{list}' has no numbering") with { Field = "styles", Expected = "w:numPr in the style's paragraph properties naming a w:num in numbering.xml" });
                continue;
            }

            var numId = Import(DefaultNumId(list), shift);
            SetNumbering(byId[list], numId, 0);
            if (matches.Any(m => m.StyleId == list && m.Kind == StyleMatchKind.Found))
            {
                listsGivenNumbering.Add(list);
            }
        }
    }

    private void Add(XElement style)
    {
        styles.Root!.Add(style);
        byId[(string)style.Attribute(W + "styleId")!] = style;
        StylesChanged = true;
    }

    private XElement? FindByName(SendStyle style)
    {
        var candidates = styles.Root!.Elements(W + "style").Where(s => TypeOf(s) == style.Type).ToList();
        foreach (var name in style.Names)
        {
            var key = Normalise(name);
            if (candidates.FirstOrDefault(s => NameOf(s) is string n && Normalise(n) == key) is XElement match)
            {
                return match;
            }
        }

        // The house style's own default paragraph style is its Normal, whatever it is called.
        return style.Id == StyleIds.Normal
            ? candidates.FirstOrDefault(s => (string?)s.Attribute(W + "default") is "1" or "true" or "on")
            : null;
    }

    private XElement Derived(SendStyle style, string baseId) =>
        new(W + "style",
            new XAttribute(W + "type", TypeName(style.Type)),
            new XAttribute(W + "customStyle", "1"),
            new XAttribute(W + "styleId", style.Id),
            new XElement(W + "name", new XAttribute(W + "val", UniqueName(style.Name))),
            new XElement(W + "basedOn", new XAttribute(W + "val", baseId)));

    private XElement Supplied(SendStyle style)
    {
        var definition = new XElement(DefaultStyle(style.Id));
        definition.Attribute(W + "default")?.Remove();
        definition.SetAttributeValue(W + "customStyle", "1");
        definition.Element(W + "name")!.SetAttributeValue(W + "val", UniqueName(style.Name));
        var basedOn = definition.Element(W + "basedOn");
        if (style.SuppliedOver is string over)
        {
            // Keep only what differs from the Send style it is a variant of, so that it follows the house style's version of that.
            basedOn?.SetAttributeValue(W + "val", over);
            var overDefault = DefaultStyle(over);
            foreach (var container in new[] { "pPr", "rPr" })
            {
                var shared = overDefault.Element(W + container)?.Elements().ToList() ?? new List<XElement>();
                definition.Element(W + container)?.Elements().Where(e => shared.Any(s => XNode.DeepEquals(s, e))).ToList().ForEach(e => e.Remove());
            }
        }
        else if (style.Type == SendStyleType.Table)
        {
            var tableDefault = styles.Root!.Elements(W + "style").FirstOrDefault(s => TypeOf(s) == SendStyleType.Table && (string?)s.Attribute(W + "default") is "1" or "true" or "on");
            if (tableDefault is null)
            {
                basedOn?.Remove();
            }
            else
            {
                basedOn?.SetAttributeValue(W + "val", (string)tableDefault.Attribute(W + "styleId")!);
            }
        }

        if (style.IsHeading && HeadingRunProperties() is { Count: > 0 } heading)
        {
            var run = definition.Element(W + "rPr");
            if (run is null)
            {
                run = new XElement(W + "rPr");
                definition.Add(run);
            }

            foreach (var property in heading)
            {
                run.Element(property.Name)?.Remove();
                if (property.Name == W + "rFonts")
                {
                    run.AddFirst(new XElement(property));
                }
                else if (run.Elements().FirstOrDefault(e => RunPropertiesAfterColour.Contains(e.Name.LocalName)) is XElement after)
                {
                    after.AddBeforeSelf(new XElement(property));
                }
                else
                {
                    run.Add(new XElement(property));
                }
            }
        }

        return definition;
    }

    /// <summary>The font and colour of the house style's own headings (from its Heading1 or Title), for supplied headings.</summary>
    private List<XElement> HeadingRunProperties()
    {
        foreach (var id in new[] { StyleIds.Heading1, StyleIds.Title })
        {
            var match = matches.FirstOrDefault(m => m.StyleId == id && m.Kind != StyleMatchKind.Supplied);
            if (match?.DocumentStyleId is string documentId)
            {
                return new[] { "rFonts", "color" }.Select(name => Effective(documentId, "rPr", name)).OfType<XElement>().ToList();
            }
        }

        return new List<XElement>();
    }

    private void NumberHeadings(HashSet<string> supplied, int shift)
    {
        var group = new[] { StyleIds.Heading1, StyleIds.Heading2, StyleIds.NumberedParagraph };
        if (group.All(supplied.Contains))
        {
            var numId = Import(DefaultNumId(StyleIds.Heading1), shift);
            foreach (var id in group)
            {
                SetNumbering(byId[id], numId, NumberingOf(DefaultStyle(id))!.Value.Level);
            }

            return;
        }

        foreach (var id in group.Where(supplied.Contains))
        {
            var h1 = EffectiveNumbering(StyleIds.Heading1);
            var h2 = EffectiveNumbering(StyleIds.Heading2);
            (int NumId, int Level)? numbering = id switch
            {
                StyleIds.Heading1 => h2 is { Level: > 0 } two ? (two.NumId, two.Level - 1) : null,
                StyleIds.Heading2 => h1 is { } one ? (one.NumId, one.Level + 1) : null,
                _ => h2,
            };
            if (numbering is { } n)
            {
                SetNumbering(byId[id], n.NumId, n.Level);
            }
            else
            {
                // The house style's headings are not numbered, so neither is this: no number, no hanging indent.
                var paragraph = byId[id].Element(W + "pPr");
                paragraph?.Element(W + "numPr")?.Remove();
                if (paragraph?.Element(W + "ind") is XElement indent && indent.Attribute(W + "hanging") is not null)
                {
                    foreach (var side in new[] { "left", "start" })
                    {
                        if (indent.Attribute(W + side) is not null)
                        {
                            // Unnumbered, it lines up with the house style's body text.
                            indent.SetAttributeValue(W + side, Math.Max(0, SendTextIndent + shift).ToString(CultureInfo.InvariantCulture));
                        }
                    }

                    indent.Attribute(W + "hanging")!.Remove();
                }
            }
        }
    }

    /// <summary>
    /// Links the numbered paragraphs' level to their style (<c>w:lvl/w:pStyle</c>) when nothing is linked to it, as
    /// Send's default is: LibreOffice drops these links when it saves, and then numbers such paragraphs only from them.
    /// </summary>
    private void LinkNumberedParagraphs()
    {
        if (EffectiveNumbering(StyleIds.NumberedParagraph) is not { } numbered || numbering?.Root is not XElement root
            || root.Descendants(W + "pStyle").Any(p => (string?)p.Attribute(W + "val") == StyleIds.NumberedParagraph)
            || root.Elements(W + "num").FirstOrDefault(n => IntAttribute(n, "numId") == numbered.NumId) is not XElement num
            || IntValue(num.Element(W + "abstractNumId")) is not int abstractId
            || root.Elements(W + "abstractNum").FirstOrDefault(a => IntAttribute(a, "abstractNumId") == abstractId) is not XElement abstractNum
            || abstractNum.Elements(W + "lvl").FirstOrDefault(l => IntAttribute(l, "ilvl") == numbered.Level) is not XElement level
            || level.Element(W + "pStyle") is not null)
        {
            return;
        }

        var link = new XElement(W + "pStyle", new XAttribute(W + "val", StyleIds.NumberedParagraph));
        if (level.Elements().LastOrDefault(e => e.Name.LocalName is "start" or "numFmt" or "lvlRestart") is XElement before)
        {
            before.AddAfterSelf(link);
        }
        else
        {
            level.AddFirst(link);
        }

        NumberingChanged = true;
    }

    private bool HasNumbering(string styleId) =>
        EffectiveNumbering(styleId) is { } n && numbering?.Root?.Elements(W + "num").FirstOrDefault(x => IntAttribute(x, "numId") == n.NumId) is XElement num
        && IntValue(num.Element(W + "abstractNumId")) is int abstractId
        && numbering.Root.Elements(W + "abstractNum").Any(a => IntAttribute(a, "abstractNumId") == abstractId);

    private (int NumId, int Level)? EffectiveNumbering(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && byId.TryGetValue(id, out var style); id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val"))
        {
            if (style.Element(W + "pPr")?.Element(W + "numPr") is XElement numPr)
            {
                var numId = IntValue(numPr.Element(W + "numId"));
                return numId is null or 0 ? null : (numId.Value, IntValue(numPr.Element(W + "ilvl")) ?? 0);
            }
        }

        return null;
    }

    private XElement? Effective(string styleId, string container, string property)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && byId.TryGetValue(id, out var style); id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val"))
        {
            if (style.Element(W + container)?.Element(W + property) is XElement value)
            {
                return value;
            }
        }

        return null;
    }

    private int IndentOf(string styleId)
    {
        var indent = Effective(styleId, "pPr", "ind");
        return IntAttribute(indent, "left") ?? IntAttribute(indent, "start") ?? 0;
    }

    private static void Shift(XElement style, int shift)
    {
        if (shift == 0)
        {
            return;
        }

        foreach (var indent in style.Elements(W + "pPr").Elements(W + "ind"))
        {
            ShiftIndent(indent, shift);
        }

        if (style.Element(W + "tblPr")?.Element(W + "tblInd") is XElement tableIndent && IntAttribute(tableIndent, "w") is int width)
        {
            tableIndent.SetAttributeValue(W + "w", Math.Max(0, width + shift).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void ShiftIndent(XElement indent, int shift)
    {
        var hanging = IntAttribute(indent, "hanging") ?? 0;
        foreach (var side in new[] { "left", "start" })
        {
            if (IntAttribute(indent, side) is int left)
            {
                indent.SetAttributeValue(W + side, Math.Max(hanging, left + shift).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void SetNumbering(XElement style, int numId, int level)
    {
        var paragraph = style.Element(W + "pPr");
        if (paragraph is null)
        {
            paragraph = new XElement(W + "pPr");
            if (style.Element(W + "rPr") is XElement run)
            {
                run.AddBeforeSelf(paragraph);
            }
            else
            {
                style.Add(paragraph);
            }
        }

        paragraph.Element(W + "numPr")?.Remove();
        var numPr = new XElement(W + "numPr",
            new XElement(W + "ilvl", new XAttribute(W + "val", level.ToString(CultureInfo.InvariantCulture))),
            new XElement(W + "numId", new XAttribute(W + "val", numId.ToString(CultureInfo.InvariantCulture))));
        var before = new[] { "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl" };
        if (paragraph.Elements().LastOrDefault(e => before.Contains(e.Name.LocalName)) is XElement last)
        {
            last.AddAfterSelf(numPr);
        }
        else
        {
            paragraph.AddFirst(numPr);
        }
    }

    /// <summary>Imports the abstract numbering behind one of the default house style's numbering instances; returns the new instance's id.</summary>
    private int Import(int defaultNumId, int shift)
    {
        var defaults = Defaults.Value.Numbering.Root!;
        var defaultAbstractId = IntValue(defaults.Elements(W + "num").Single(n => IntAttribute(n, "numId") == defaultNumId).Element(W + "abstractNumId"));
        var abstractNum = new XElement(defaults.Elements(W + "abstractNum").Single(a => IntAttribute(a, "abstractNumId") == defaultAbstractId));
        var abstractId = nextAbstractId++;
        var numId = nextNumId++;
        abstractNum.SetAttributeValue(W + "abstractNumId", abstractId.ToString(CultureInfo.InvariantCulture));
        foreach (var level in abstractNum.Elements(W + "lvl"))
        {
            level.Element(W + "rPr")?.Remove(); // the bullet takes the paragraph's font, not Arial
            foreach (var indent in level.Elements(W + "pPr").Elements(W + "ind"))
            {
                ShiftIndent(indent, shift);
            }

            foreach (var tab in level.Elements(W + "pPr").Elements(W + "tabs").Elements(W + "tab"))
            {
                if (IntAttribute(tab, "pos") is int position)
                {
                    tab.SetAttributeValue(W + "pos", Math.Max(0, position + shift).ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        numbering ??= new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(W + "numbering", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName)));
        var root = numbering.Root!;
        var firstNum = root.Element(W + "num");
        if (firstNum is not null)
        {
            firstNum.AddBeforeSelf(abstractNum);
        }
        else if (root.Element(W + "numIdMacAtCleanup") is XElement cleanup)
        {
            cleanup.AddBeforeSelf(abstractNum);
        }
        else
        {
            root.Add(abstractNum);
        }

        var num = new XElement(W + "num", new XAttribute(W + "numId", numId.ToString(CultureInfo.InvariantCulture)), new XElement(W + "abstractNumId", new XAttribute(W + "val", abstractId.ToString(CultureInfo.InvariantCulture))));
        if (root.Element(W + "numIdMacAtCleanup") is XElement end)
        {
            end.AddBeforeSelf(num);
        }
        else
        {
            root.Add(num);
        }

        NumberingChanged = true;
        StylesChanged = true;
        return numId;
    }

    private static int DefaultNumId(string styleId) => NumberingOf(DefaultStyle(styleId))!.Value.NumId;

    private static (int NumId, int Level)? NumberingOf(XElement style) =>
        style.Element(W + "pPr")?.Element(W + "numPr") is XElement numPr && IntValue(numPr.Element(W + "numId")) is int numId
            ? (numId, IntValue(numPr.Element(W + "ilvl")) ?? 0)
            : null;

    private string UniqueName(string name)
    {
        var taken = styles.Root!.Elements(W + "style").Select(NameOf).OfType<string>().Select(Normalise).ToHashSet(StringComparer.Ordinal);
        return taken.Contains(Normalise(name)) ? name + " (Send)" : name;
    }

    private static string Normalise(string name) =>
        new string(name.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_').ToArray()).ToLowerInvariant();

    private static string? NameOf(XElement style) => (string?)style.Element(W + "name")?.Attribute(W + "val");

    private static SendStyleType? TypeOf(XElement style) => (string?)style.Attribute(W + "type") switch
    {
        "paragraph" or null => SendStyleType.Paragraph,
        "character" => SendStyleType.Character,
        "table" => SendStyleType.Table,
        _ => null,
    };

    private static string TypeName(SendStyleType? type) => type switch
    {
        SendStyleType.Paragraph => "paragraph",
        SendStyleType.Character => "character",
        SendStyleType.Table => "table",
        _ => "numbering",
    };

    private static int? IntAttribute(XElement? element, string name) =>
        int.TryParse((string?)element?.Attribute(W + name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? IntValue(XElement? element) => IntAttribute(element, "val");

    private DataProblem Problem(string message) => new(source, message) { Code = "SEND-HOUSE-STYLE" };

    private static (XDocument, XDocument) LoadDefaults()
    {
        using var zip = new ZipArchive(new MemoryStream(HouseStyle.DefaultBytes(), writable: false), ZipArchiveMode.Read);
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        return (Part("word/styles.xml"), Part("word/numbering.xml"));
    }
}
