using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>
/// Binds a JSON file as it is, without a C# model and without reflection: objects become <see cref="BoundObject"/>s
/// with their own member names, arrays <see cref="BoundArray"/>s, numbers <see cref="decimal"/>s (never
/// <see cref="double"/>), strings, booleans and null.
/// </summary>
/// <remarks>
/// <para>
/// Every object and array remembers its file, line, column and path (<see cref="DataOrigin"/>). A number outside
/// <see cref="decimal"/>'s range (about ±7.9 × 10^28) or with more precision than it holds after rounding is not
/// silently changed: it is a problem at its line and column. A member named twice in one object is a problem. Stateless
/// and thread-safe.
/// </para>
/// </remarks>
public static class JsonData
{
    /// <summary>The problem code for a JSON data file that cannot be bound.</summary>
    public const string Code = "SEND-DATA-JSON";

    /// <summary>Reads and binds a JSON file.</summary>
    /// <param name="path">The file, as the user named it (used in problems).</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <returns>The bound value (a <see cref="BoundObject"/>, <see cref="BoundArray"/>, decimal, string, bool or null); null also when there were errors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static object? Load(string path, List<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DataProblem(path, "the data file could not be read: " + ex.Message) { Code = Code });
            return null;
        }

        return Parse(bytes, path, problems);
    }

    /// <summary>Binds JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in problems.</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <returns>The bound value, or null when there were errors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static object? Parse(string json, string source, List<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), source, problems);
    }

    private static object? Parse(byte[] bytes, string source, List<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var binder = new Binder(bytes, offset, source, problems);
        var before = problems.Count;
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(offset), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (!reader.Read())
            {
                problems.Add(new DataProblem(source, "the data file is empty") { Expected = "a JSON object", Code = Code });
                return null;
            }

            var value = binder.Value(ref reader, string.Empty);
            if (reader.Read())
            {
                binder.Problem(reader.TokenStartIndex, string.Empty, "more than one JSON value in the file", null, "one JSON value");
            }

            return problems.Count > before ? null : value;
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            problems.Add(new DataProblem(source, "not valid JSON: " + (cut > 0 ? message[..cut].TrimEnd('.', ' ') : message))
            {
                Line = ex.LineNumber is long line ? (int)line + 1 : null,
                Column = ex.BytePositionInLine is long column ? (int)column + 1 : null,
                Code = Code,
            });
            return null;
        }
    }

    private sealed class Binder
    {
        private readonly byte[] bytes;
        private readonly int offset;
        private readonly string source;
        private readonly List<DataProblem> problems;
        private readonly List<int> lineStarts = new() { 0 };

        public Binder(byte[] bytes, int offset, string source, List<DataProblem> problems)
        {
            this.bytes = bytes;
            this.offset = offset;
            this.source = source;
            this.problems = problems;
            for (var i = offset; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    lineStarts.Add(i + 1 - offset);
                }
            }
        }

        /// <summary>Binds the value at the reader's token, with its position.</summary>
        /// <param name="reader">The reader, at the value's first token; left at its last.</param>
        /// <param name="path">The value's path; null for a string, boolean or null value, which do not keep it.</param>
        /// <returns>The bound value.</returns>
        public object? Value(ref Utf8JsonReader reader, string? path)
        {
            path ??= string.Empty;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                {
                    var start = (int)reader.TokenStartIndex;
                    var (line, column) = Position(start);
                    var members = new List<(string Name, object? Value)>();
                    var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        var at = reader.TokenStartIndex;
                        reader.Read();

                        // A member's path is built only for a value that keeps it (an object or array) or may need it
                        // for a problem (a number): most values are strings, and the path of each was most of the
                        // binding's allocations.
                        var memberPath = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Number
                            ? (path.Length == 0 ? name : path + "." + name)
                            : null;
                        var value = Value(ref reader, memberPath);
                        if (!positions.TryAdd(name, Position((int)at)))
                        {
                            Problem(at, path.Length == 0 ? name : path + "." + name, "a member is named twice in one object", name, "each member once");
                        }

                        members.Add((name, value));
                    }

                    var end = (int)reader.TokenStartIndex + 1;
                    var result = new BoundObject(new DataOrigin(source, line, column, path, null, bytes, offset + start, end - start));
                    result.MemberPositions = positions;
                    foreach (var (name, value) in members)
                    {
                        result.SetValue(name, value, false);
                    }

                    return result;
                }

                case JsonTokenType.StartArray:
                {
                    var start = (int)reader.TokenStartIndex;
                    var (line, column) = Position(start);
                    var items = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var itemPath = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Number
                            ? path + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]"
                            : null;
                        items.Add(Value(ref reader, itemPath));
                    }

                    var end = (int)reader.TokenStartIndex + 1;
                    var result = new BoundArray(new DataOrigin(source, line, column, path, null, bytes, offset + start, end - start));
                    foreach (var item in items)
                    {
                        result.Add(item);
                    }

                    return result;
                }

                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    if (reader.TryGetDecimal(out var number))
                    {
                        return number;
                    }

                    Problem(reader.TokenStartIndex, path, "the number is outside the range of exact decimals", Encoding.UTF8.GetString(reader.ValueSpan), "a number between -79,228,162,514,264,337,593,543,950,335 and 79,228,162,514,264,337,593,543,950,335");
                    return null;
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                default:
                    return null;
            }
        }

        public void Problem(long at, string path, string message, string? value, string expected)
        {
            var (line, column) = Position((int)at);
            problems.Add(new DataProblem(source, message)
            {
                Line = line,
                Column = column,
                Field = path.Length == 0 ? null : path,
                Value = value,
                Expected = expected,
                Code = Code,
            });
        }

        private (int Line, int Column) Position(int index)
        {
            var line = lineStarts.BinarySearch(index);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var lineStart = lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(bytes, offset + lineStart, index - lineStart) + 1;
            return (line + 1, column);
        }
    }
}
