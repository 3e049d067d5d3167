using System.Collections.Generic;
using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Send.Domain.Validation;

namespace Send.Reporting.Templating;

/// <summary>
/// Checks the Markdown a template rendered before it is written as Word: characters no document can hold, and
/// nesting deeper than <see cref="TemplateLimits.NestingLimit"/> (which would otherwise take the Markdown parser
/// minutes, or overflow the stack of the Word writer). Each problem names the rendered Markdown's line.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>The code of these problems.</summary>
    public const string Code = "SEND-MARKDOWN-LIMIT";

    private const int MaxProblems = 20;

    /// <summary>
    /// Checks the text line by line, before parsing: each line's container prefix (indentation, <c>&gt;</c> and list
    /// markers) bounds how deep the lists and quotes on it can be, and every character must be one a document can
    /// hold (a vertical tab is allowed outside fenced blocks, where it becomes a line break).
    /// </summary>
    public static List<DataProblem> CheckText(string markdown, string source, int nestingLimit)
    {
        var problems = new List<DataProblem>();
        var line = 1;
        var fenced = false;
        for (var start = 0; start < markdown.Length && problems.Count < MaxProblems; line++)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var depth = PrefixDepth(markdown, start, end, out var isFence);
            if (isFence)
            {
                fenced = !fenced;
            }

            if (depth > nestingLimit)
            {
                problems.Add(new DataProblem(source, string.Create(CultureInfo.InvariantCulture, $"the Markdown nests lists or quotes more than {nestingLimit} levels deep here"))
                {
                    Line = line,
                    Column = 1,
                    Code = Code,
                });
            }

            for (var i = start; i < end; i++)
            {
                var c = markdown[i];
                var bad = c < ' '
                    ? c is not ('\t' or '\r') && !(c == '\v' && !fenced)
                    : c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !IsPair(markdown, i));
                if (bad)
                {
                    problems.Add(new DataProblem(source, "the rendered Markdown holds the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ", which a report cannot show")
                    {
                        Line = line,
                        Column = i - start + 1,
                        Expected = "printable text (check the template's text and any raw or included Markdown)",
                        Code = "SEND-TEXT-CHAR",
                    });
                    break;
                }

                if (char.IsHighSurrogate(c) && IsPair(markdown, i))
                {
                    i++;
                }
            }

            start = end + 1;
        }

        return problems;
    }

    /// <summary>
    /// Checks the parsed tree's depth, blocks and inlines together, without recursion; deeper than
    /// <paramref name="nestingLimit"/> (plus the few levels a table or a container always adds) is a problem.
    /// </summary>
    public static DataProblem? CheckDepth(MarkdownDocument document, string source, int nestingLimit)
    {
        // A table is table > row > cell > paragraph, a container is one more level: allow for them.
        var limit = nestingLimit + 6;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                return new DataProblem(source, string.Create(CultureInfo.InvariantCulture, $"the Markdown nests blocks or emphasis, links and other inline markup more than {nestingLimit} levels deep here"))
                {
                    Line = node.Line + 1,
                    Column = node.Column + 1,
                    Code = Code,
                };
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>An upper bound on the lists and quotes a line is inside: each needs a '>', a list marker or two columns of indentation.</summary>
    private static int PrefixDepth(string text, int start, int end, out bool isFence)
    {
        var depth = 0;
        var columns = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if (MarkerLength(text, i, end) is int length and > 0)
            {
                depth++;
                i += length;
            }
            else
            {
                break;
            }
        }

        isFence = i + 2 < end && (text[i] is '`' or '~') && text[i + 1] == text[i] && text[i + 2] == text[i];
        return depth + (columns / 2);
    }

    /// <summary>The length of a list marker at <paramref name="i"/> ("-", "*", "+", "12." or "a)") followed by a space or tab, or 0.</summary>
    private static int MarkerLength(string text, int i, int end)
    {
        var j = i;
        if (text[j] is '-' or '*' or '+')
        {
            j++;
        }
        else
        {
            while (j < end && j - i < 10 && char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            if (j == i || j >= end || text[j] is not ('.' or ')'))
            {
                return 0;
            }

            j++;
        }

        return j < end && text[j] is ' ' or '\t' ? j - i : 0;
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
