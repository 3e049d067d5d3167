using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Send.Domain.Calendars;

/// <summary>
/// System.Text.Json converters for the year types, applied by attribute so that a data file can say
/// <c>"year": "2024/25"</c>. Reading accepts every label <see cref="FinancialYear.Parse"/> accepts; writing uses the
/// default <c>2024/25</c> form. A bad label becomes a <see cref="JsonException"/> whose message quotes the text and says
/// what was expected (System.Text.Json adds the path and line).
/// </summary>
internal abstract class YearJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ReadText(ref reader));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString()!);
    }

    protected abstract bool TryParse(string? text, out T value, out string error);

    protected virtual string? ReadText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"A {typeof(T).Name} must be written as text such as \"2024/25\", not as {reader.TokenType}.");

    private T Parse(string? text) =>
        TryParse(text, out var value, out var error) ? value : throw new JsonException(error);
}

/// <summary>Reads and writes <see cref="FinancialYear"/> as a label such as <c>"2024/25"</c>.</summary>
internal sealed class FinancialYearJsonConverter : YearJsonConverter<FinancialYear>
{
    protected override bool TryParse(string? text, out FinancialYear value, out string error)
    {
        var ok = PeriodLabelParser.TryParseYearPair(text, YearKind.Financial, out var start, out error);
        value = ok ? new FinancialYear(start) : default;
        return ok;
    }
}

/// <summary>Reads and writes <see cref="AcademicYear"/> as a label such as <c>"2024/25"</c>.</summary>
internal sealed class AcademicYearJsonConverter : YearJsonConverter<AcademicYear>
{
    protected override bool TryParse(string? text, out AcademicYear value, out string error)
    {
        var ok = PeriodLabelParser.TryParseYearPair(text, YearKind.Academic, out var start, out error);
        value = ok ? new AcademicYear(start) : default;
        return ok;
    }
}

/// <summary>Reads <see cref="CalendarYear"/> from <c>"2024"</c> or <c>2024</c>; writes <c>"2024"</c>.</summary>
internal sealed class CalendarYearJsonConverter : YearJsonConverter<CalendarYear>
{
    protected override bool TryParse(string? text, out CalendarYear value, out string error)
    {
        var ok = PeriodLabelParser.TryParseSingleYear(text, out var year, out error);
        value = ok ? new CalendarYear(year) : default;
        return ok;
    }

    protected override string? ReadText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var year)
            ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            : base.ReadText(ref reader);
}
