using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>Reads typed fields from a JSON document, recording a problem naming the field for anything it cannot read.</summary>
internal sealed class JsonFields
{
    private readonly string source;

    public JsonFields(string source)
    {
        this.source = source;
    }

    public List<DataProblem> Problems { get; } = new();

    /// <summary>The places of £m shown by each figure read from printed text (a dash, exact, is left out).</summary>
    public List<int> PrintedDecimals { get; } = new();

    public string SourceName => source;

    public void Error(string field, string message, string? value = null, string? expected = null) =>
        Problems.Add(new DataProblem(source, message) { Field = field, Value = value, Expected = expected, Code = "SEND-FIN-DATA" });

    public static bool Has(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public string? String(JsonElement parent, string name, string path, bool required = false)
    {
        if (!Has(parent, name))
        {
            if (required)
            {
                Error(Join(path, name), "required field is missing", expected: "text");
            }

            return null;
        }

        var element = parent.GetProperty(name);
        if (element.ValueKind != JsonValueKind.String)
        {
            Error(Join(path, name), "text was expected", element.GetRawText(), "text in quotes");
            return null;
        }

        return element.GetString();
    }

    public decimal? Decimal(JsonElement parent, string name, string path, bool required = false)
    {
        if (!Has(parent, name))
        {
            if (required)
            {
                Error(Join(path, name), "required number is missing", expected: "a number such as 35.214");
            }

            return null;
        }

        var element = parent.GetProperty(name);
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var value))
        {
            Error(Join(path, name), "a number was expected", Raw(element), "a number such as 35.214 (no quotes, no £)");
            return null;
        }

        return value;
    }

    public int? Int(JsonElement parent, string name, string path, bool required = false)
    {
        var value = Decimal(parent, name, path, required);
        if (value is null)
        {
            return null;
        }

        if (value != decimal.Truncate(value.Value) || value < int.MinValue || value > int.MaxValue)
        {
            Error(Join(path, name), "a whole number was expected", value.Value.ToString(CultureInfo.InvariantCulture), "a whole number");
            return null;
        }

        return (int)value.Value;
    }

    /// <summary>A money amount: a number in <paramref name="unitInPounds"/> units, or (when allowed) text such as "£15.4m".</summary>
    public Money? Money(JsonElement parent, string name, string path, decimal unitInPounds, bool required = false, bool allowText = false)
    {
        if (allowText && Has(parent, name) && parent.GetProperty(name).ValueKind == JsonValueKind.String)
        {
            var text = parent.GetProperty(name).GetString() ?? string.Empty;
            var unit = unitInPounds switch { 1_000_000m => FigureUnit.Millions, 1_000m => FigureUnit.Thousands, _ => FigureUnit.Pounds };
            if (PrintedFigure.TryParse(text, unit, out var parsed, out var error))
            {
                if (parsed.Amount.Abs() <= DeficitTableReader.Largest)
                {
                    if (!parsed.IsNil)
                    {
                        PrintedDecimals.Add(parsed.Decimals);
                    }

                    return parsed.Amount;
                }

                Error(Join(path, name), "the amount is more than £1,000bn; check the unit", text, "an amount under £1,000bn");
                return null;
            }

            Error(Join(path, name), "not an amount of money: " + error, text, PrintedFigure.AcceptedForms);
            return null;
        }

        var number = Decimal(parent, name, path, required);
        if (number is not decimal d)
        {
            return null;
        }

        try
        {
            var amount = Send.Domain.Finance.Money.FromPounds(d * unitInPounds);
            if (amount.Abs() <= DeficitTableReader.Largest)
            {
                return amount;
            }
        }
        catch (OverflowException)
        {
        }

        Error(Join(path, name), "the amount is more than £1,000bn; check the unit", d.ToString(CultureInfo.InvariantCulture), "an amount under £1,000bn");
        return null;
    }

    public FinancialYear? Year(JsonElement parent, string name, string path, bool required = true)
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (FinancialYear.TryParse(text, out var year))
        {
            return year;
        }

        Error(Join(path, name), "not a financial year", text, "a label such as 2024/25");
        return null;
    }

    public LocalDate? Date(JsonElement parent, string name, string path)
    {
        var text = String(parent, name, path);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Error(Join(path, name), "not a date", text, "a date in the form YYYY-MM-DD");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonElement parent, string name, string path, bool required = false)
        where TEnum : struct, Enum
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        var pascal = string.Concat(text.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        if (pascal.All(char.IsLetter) && System.Enum.TryParse<TEnum>(pascal, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        Error(Join(path, name), "not one of the allowed values", text, string.Join(", ", System.Enum.GetNames<TEnum>().Select(SnakeCase)));
        return null;
    }

    public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string name, string path)
    {
        if (!Has(parent, name) || parent.GetProperty(name).ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var element in parent.GetProperty(name).EnumerateArray())
        {
            yield return (element, $"{Join(path, name)}[{index}]");
            index++;
        }
    }

    /// <summary>
    /// Gives each problem that names a field of <paramref name="json"/> (<c>years[1].in_year</c>) but no line the
    /// line and column of that field's value, so that a reader's problems point into the file as schema problems do.
    /// </summary>
    public static IReadOnlyList<DataProblem> Locate(IEnumerable<DataProblem> problems, string json)
    {
        var list = problems.ToArray();
        if (list.All(p => p.Line is not null || p.Field is null))
        {
            return list;
        }

        var map = Send.Data.Validation.Schema.JsonPositionMap.Build(json);
        return list.Select(p =>
        {
            if (p.Line is not null || p.Field is null)
            {
                return p;
            }

            var pointer = "/" + p.Field.Replace("[", "/", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '/');
            return map.ValueStart(pointer) is { } at ? p with { Line = at.Line, Column = at.Column } : p;
        }).ToArray();
    }

    internal static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Raw(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();
}
