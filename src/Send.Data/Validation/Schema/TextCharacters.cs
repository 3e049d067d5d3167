using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Send.Domain.Validation;

namespace Send.Data.Validation.Schema;

/// <summary>
/// Finds text in a JSON document that no document format can hold: control characters other than tab, line feed,
/// carriage return and vertical tab, U+FFFE and U+FFFF, and unpaired surrogates (XML 1.0, section 2.2).
/// </summary>
internal static class TextCharacters
{
    /// <summary>
    /// Whether the JSON text can hold such a character at all: JSON forbids raw control characters in strings, so
    /// one can only arrive as a <c>\u</c> escape, or as U+FFFE or U+FFFF written out (EF BF BE, EF BF BF). Most files
    /// have neither, and then the tree need not be walked.
    /// </summary>
    public static bool MayHold(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOf("\\u"u8) >= 0 || utf8.IndexOf((ReadOnlySpan<byte>)[0xEF, 0xBF, 0xBE]) >= 0 || utf8.IndexOf((ReadOnlySpan<byte>)[0xEF, 0xBF, 0xBF]) >= 0;

    /// <summary>Finds every string value or property name holding such a character, walking the tree without recursion.</summary>
    public static List<TextProblem> Find(JsonElement root)
    {
        var found = new List<TextProblem>();
        var pending = new Stack<(JsonElement Element, InstancePath Path)>();
        pending.Push((root, InstancePath.Root));
        while (pending.Count > 0)
        {
            var (element, path) = pending.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        var at = path.Property(property.Name);
                        if (FirstBad(property.Name) is int index)
                        {
                            found.Add(new TextProblem(at, property.Name, index, IsName: true));
                        }

                        pending.Push((property.Value, at));
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        pending.Push((item, path.Item(i++)));
                    }

                    break;
                case JsonValueKind.String:
                    var text = Read(element);
                    if (text is null)
                    {
                        found.Add(new TextProblem(path, element.GetRawText(), -1, IsName: false));
                    }
                    else if (FirstBad(text) is int bad)
                    {
                        found.Add(new TextProblem(path, text, bad, IsName: false));
                    }

                    break;
            }
        }

        return found;
    }

    /// <summary>The index of the first character an XML document cannot hold, or null.</summary>
    public static int? FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n' or '\r' or '\v') : c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The string, or null when it escapes half a surrogate pair (System.Text.Json will not read it).</summary>
    private static string? Read(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (System.InvalidOperationException)
        {
            return null;
        }
    }
}

/// <summary>Text at <paramref name="Path"/> with a character that no document can hold at <paramref name="Index"/>.</summary>
internal sealed record TextProblem(InstancePath Path, string Text, int Index, bool IsName)
{
    public DataProblem ToDataProblem(string source, JsonPositionMap map)
    {
        var position = IsName ? map.NameStart(Path.Pointer) : map.ValueStart(Path.Pointer);
        var character = Index >= 0 ? "U+" + ((int)Text[Index]).ToString("X4", CultureInfo.InvariantCulture) : "an escaped half of a surrogate pair";
        return new DataProblem(source, (IsName ? "the property name" : "the text") + " holds the control character " + character + ", which a report cannot show")
        {
            Line = position?.Line,
            Column = position?.Column,
            Field = Path.Field,
            Value = Text,
            Expected = "printable text (a vertical tab is read as a line break; remove other control characters)",
            Code = "SEND-TEXT-CHAR",
        };
    }
}
