using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Send.Data.Validation.Schema;

/// <summary>
/// Maps JSON Pointers to 1-based line and column numbers in a JSON text, for reporting problems found on a
/// <see cref="JsonElement"/> tree (which keeps no positions).
/// </summary>
/// <remarks>
/// <para>
/// Built with one <see cref="Utf8JsonReader"/> pass over the UTF-8 bytes, so build it only when there is something to
/// report. For each value it records where the value starts (the opening quote, brace or bracket, or the first
/// character of a number or literal); for each property it also records where the property name starts (its opening
/// quote). When a name occurs twice in one object, the first occurrence wins.
/// </para>
/// <para>
/// Lines are counted at each line feed (so CR LF and LF files give the same lines); columns count Unicode code points
/// from the start of the line, so a character outside the Basic Multilingual Plane (an emoji) is one column, as an
/// editor shows it. The text must be well-formed JSON; a malformed text throws <see cref="JsonException"/>.
/// </para>
/// </remarks>
internal sealed class JsonPositionMap
{
    private readonly byte[] utf8;
    private readonly Dictionary<string, int> valueStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nameStarts = new(StringComparer.Ordinal);
    private readonly List<int> lineStarts = new() { 0 };

    /// <summary>For each line, whether it is all ASCII, so that a column is a subtraction (a 1 MB one-line file with 100,000 problems stays linear).</summary>
    private readonly List<bool> asciiLines = new();

    private JsonPositionMap(byte[] utf8)
    {
        this.utf8 = utf8;
        var ascii = true;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
                asciiLines.Add(ascii);
                ascii = true;
            }
            else if (utf8[i] >= 0x80)
            {
                ascii = false;
            }
        }

        asciiLines.Add(ascii);

        Scan();
    }

    /// <summary>Builds the map for a UTF-8 JSON text.</summary>
    /// <param name="utf8">The text, UTF-8 encoded, without a byte order mark.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static JsonPositionMap Build(byte[] utf8) => new(utf8);

    /// <summary>Builds the map for a JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static JsonPositionMap Build(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>Gets where the value at <paramref name="pointer"/> starts, or null if there is no such value.</summary>
    public (int Line, int Column)? ValueStart(string pointer) =>
        valueStarts.TryGetValue(pointer, out var offset) ? LineAndColumn(offset) : null;

    /// <summary>Gets where the name of the property at <paramref name="pointer"/> starts, or null if there is no such property.</summary>
    public (int Line, int Column)? NameStart(string pointer) =>
        nameStarts.TryGetValue(pointer, out var offset) ? LineAndColumn(offset) : null;

    /// <summary>Converts a byte offset into a 1-based line and a 1-based column counted in code points.</summary>
    public (int Line, int Column) LineAndColumn(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        if (asciiLines[line])
        {
            return (line + 1, Math.Min(offset, utf8.Length) - lineStarts[line] + 1);
        }

        var column = 1;
        for (var i = lineStarts[line]; i < offset && i < utf8.Length; i++)
        {
            // Count every byte that starts a UTF-8 sequence; continuation bytes are 10xxxxxx.
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line + 1, column);
    }

    private void Scan()
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                {
                    var frame = frames.Peek();
                    var builder = new StringBuilder(frame.Pointer).Append('/');
                    InstancePath.AppendEscaped(builder, reader.GetString()!);
                    frame.PendingProperty = builder.ToString();
                    nameStarts.TryAdd(frame.PendingProperty, checked((int)reader.TokenStartIndex));
                    break;
                }

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;

                default:
                {
                    string pointer;
                    if (frames.Count == 0)
                    {
                        pointer = string.Empty;
                    }
                    else
                    {
                        var frame = frames.Peek();
                        pointer = frame.IsArray
                            ? frame.Pointer + "/" + (frame.NextIndex++).ToString(System.Globalization.CultureInfo.InvariantCulture)
                            : frame.PendingProperty!;
                    }

                    valueStarts.TryAdd(pointer, checked((int)reader.TokenStartIndex));
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Push(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
                }
            }
        }
    }

    private sealed class Frame
    {
        public Frame(string pointer, bool isArray)
        {
            Pointer = pointer;
            IsArray = isArray;
        }

        public string Pointer { get; }

        public bool IsArray { get; }

        public int NextIndex { get; set; }

        public string? PendingProperty { get; set; }
    }
}
