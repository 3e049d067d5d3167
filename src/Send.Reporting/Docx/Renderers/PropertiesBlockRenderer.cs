using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NodaTime.Text;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: properties</c>: the document's properties, one <c>name: value</c> a line (title, subject, creator,
/// keywords, description, language, date as yyyy-MM-dd). It prints nothing. The title defaults to the
/// <c>::: title</c> block's heading and the language to en-GB. An unknown name or a bad date is a problem.
/// </summary>
internal static class PropertiesBlockRenderer
{
    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        foreach (var paragraph in container.Descendants<ParagraphBlock>())
        {
            var lineNumber = paragraph.Line + 1;
            foreach (var line in Lines(paragraph.Inline))
            {
                var text = line.Trim();
                if (text.Length == 0)
                {
                    lineNumber++;
                    continue;
                }

                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var name = colon < 0 ? text : text.Substring(0, colon).Trim().ToLowerInvariant();
                var value = colon < 0 ? string.Empty : text.Substring(colon + 1).Trim();
                var properties = renderer.Properties;
                switch (name)
                {
                    case "title": properties.Title = value; break;
                    case "subject": properties.Subject = value; break;
                    case "creator" or "author": properties.Creator = value; break;
                    case "keywords": properties.Keywords = value; break;
                    case "description": properties.Description = value; break;
                    case "language": properties.Language = value; break;
                    case "date":
                        var parsed = LocalDatePattern.Iso.Parse(value);
                        if (parsed.Success)
                        {
                            properties.Date = parsed.Value;
                        }
                        else
                        {
                            renderer.Problem(lineNumber, $"::: properties: date '{value}' is not a date; expected yyyy-MM-dd, e.g. 2025-01-14");
                        }

                        break;
                    default:
                        renderer.Problem(lineNumber, $"::: properties: '{text}' is not a property; expected one of title, subject, creator, keywords, description, language, date as 'name: value'");
                        break;
                }

                lineNumber++;
            }
        }
    }

    private static IEnumerable<string> Lines(ContainerInline? inlines)
    {
        var builder = new StringBuilder();
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline)
            {
                yield return builder.ToString();
                builder.Clear();
            }
            else
            {
                builder.Append(BlockRoles.PlainText(inline));
            }
        }

        yield return builder.ToString();
    }
}
