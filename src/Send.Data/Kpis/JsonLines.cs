using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Send.Data.Kpis;

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
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                inArray = reader.ValueTextEquals(arrayProperty);
            }
            else if (inArray && reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                // Count newlines only since the previous object: linear in the text, not quadratic.
                var offset = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, offset - counted).Count((byte)'\n');
                counted = offset;
                lines.Add(line);
            }
        }

        return lines;
    }
}
