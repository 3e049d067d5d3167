using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Send.Domain.Kpis;

/// <summary>Finds line numbers in JSON text, which <see cref="JsonDocument"/> does not keep.</summary>
internal static class JsonLines
{
    /// <summary>The 1-based line of each object in the top-level array property <paramref name="arrayProperty"/>, in order.</summary>
    public static IReadOnlyList<int> IdLines(string json, string arrayProperty)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var lines = new List<int>();
        var inArray = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                inArray = reader.ValueTextEquals(arrayProperty);
            }
            else if (inArray && reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                lines.Add(LineAt(bytes, (int)reader.TokenStartIndex));
            }
        }

        return lines;
    }

    private static int LineAt(byte[] bytes, int offset)
    {
        var line = 1;
        var span = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
        foreach (var b in span)
        {
            if (b == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
