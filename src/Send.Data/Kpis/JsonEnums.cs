using System;
using System.Text;

namespace Send.Data.Kpis;

/// <summary>snake_case names of enum members, as Send's JSON files write them (<c>lower_is_better</c>).</summary>
internal static class JsonEnums
{
    public static T Parse<T>(string text)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(ToSnake(value.ToString()), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new FormatException($"'{text}' is not a {typeof(T).Name}.");
    }

    public static bool TryParse<T>(string? text, out T result)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(ToSnake(value.ToString()), text, StringComparison.Ordinal))
            {
                result = value;
                return true;
            }
        }

        result = default;
        return false;
    }

    public static string ToSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
