using System;
using System.Text.Json;

namespace Send.Data.Validation.Schema;

/// <summary>
/// JSON Schema's equality of two JSON values (for <c>enum</c>, <c>const</c> and <c>uniqueItems</c>): numbers are equal
/// when their values are (<c>1</c> equals <c>1.0</c>), strings compare ordinally, objects compare as unordered sets of
/// properties, arrays item by item in order.
/// </summary>
internal static class JsonEquality
{
    /// <summary>A JSON number as a double; numbers beyond double's range become infinities (JsonElement.GetDouble would throw).</summary>
    public static double ToDouble(JsonElement number) =>
        number.TryGetDouble(out var value) ? value : double.Parse(number.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    public static bool AreEqual(JsonElement a, JsonElement b)
    {
        var kindA = a.ValueKind;
        var kindB = b.ValueKind;
        if (kindA != kindB)
        {
            return false;
        }

        switch (kindA)
        {
            case JsonValueKind.Null:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : ToDouble(a).Equals(ToDouble(b));
            case JsonValueKind.Array:
            {
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                var other = b.EnumerateArray();
                foreach (var item in a.EnumerateArray())
                {
                    other.MoveNext();
                    if (!AreEqual(item, other.Current))
                    {
                        return false;
                    }
                }

                return true;
            }

            case JsonValueKind.Object:
            {
                var countA = 0;
                foreach (var property in a.EnumerateObject())
                {
                    countA++;
                    if (!b.TryGetProperty(property.Name, out var other) || !AreEqual(property.Value, other))
                    {
                        return false;
                    }
                }

                var countB = 0;
                foreach (var unused in b.EnumerateObject())
                {
                    countB++;
                }

                return countA == countB;
            }

            default:
                return false;
        }
    }
}
