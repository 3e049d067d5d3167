using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Send.Domain.Calendars;

namespace Send.Data.Calendars;

/// <summary>
/// System.Text.Json converters for Send.Domain's year types, so that a data file can say <c>"year": "2024/25"</c>.
/// </summary>
/// <remarks>
/// <para>
/// Send.Domain has no JSON dependency, so its types carry no converter attribute (as NodaTime's types carry none; its
/// converters are in NodaTime.Serialization): add these to the options with <see cref="ConfigureForSendYears"/>.
/// </para>
/// <para>
/// Reading accepts every label <see cref="FinancialYear.Parse"/> (or <see cref="AcademicYear.Parse"/>,
/// <see cref="CalendarYear.Parse"/>) accepts, and a calendar year also as the number <c>2024</c>; writing uses the
/// default <c>2024/25</c> (or <c>2024</c>) form, as a value or a property name. A bad label becomes a
/// <see cref="JsonException"/> whose message quotes the text and says what was expected (System.Text.Json adds the
/// path and line). The converters are stateless and thread-safe.
/// </para>
/// </remarks>
public static class YearJsonConverters
{
    /// <summary>Reads and writes <see cref="Send.Domain.Calendars.FinancialYear"/> as a label such as <c>"2024/25"</c>.</summary>
    public static JsonConverter<FinancialYear> FinancialYearConverter { get; } = new FinancialYearJsonConverter();

    /// <summary>Reads and writes <see cref="Send.Domain.Calendars.AcademicYear"/> as a label such as <c>"2024/25"</c>.</summary>
    public static JsonConverter<AcademicYear> AcademicYearConverter { get; } = new AcademicYearJsonConverter();

    /// <summary>Reads <see cref="Send.Domain.Calendars.CalendarYear"/> from <c>"2024"</c> or <c>2024</c>; writes <c>"2024"</c>.</summary>
    public static JsonConverter<CalendarYear> CalendarYearConverter { get; } = new CalendarYearJsonConverter();

    /// <summary>Adds the three year converters to <paramref name="options"/>.</summary>
    /// <param name="options">Options not yet used for (de)serialisation.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureForSendYears(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(FinancialYearConverter);
        options.Converters.Add(AcademicYearConverter);
        options.Converters.Add(CalendarYearConverter);
        return options;
    }
}

/// <summary>The shared reading and writing of the year converters; each year type supplies its parser.</summary>
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

    /// <summary>The year type's own Parse, which throws <see cref="FormatException"/> with a message for a bad label
    /// (null text included).</summary>
    protected abstract T ParseLabel(string? text);

    protected virtual string? ReadText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"A {typeof(T).Name} must be written as text such as \"2024/25\", not as {reader.TokenType}.");

    private T Parse(string? text)
    {
        try
        {
            return ParseLabel(text);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }
}

/// <summary>Reads and writes <see cref="FinancialYear"/> as a label such as <c>"2024/25"</c>.</summary>
internal sealed class FinancialYearJsonConverter : YearJsonConverter<FinancialYear>
{
    protected override FinancialYear ParseLabel(string? text) => FinancialYear.Parse(text!);
}

/// <summary>Reads and writes <see cref="AcademicYear"/> as a label such as <c>"2024/25"</c>.</summary>
internal sealed class AcademicYearJsonConverter : YearJsonConverter<AcademicYear>
{
    protected override AcademicYear ParseLabel(string? text) => AcademicYear.Parse(text!);
}

/// <summary>Reads <see cref="CalendarYear"/> from <c>"2024"</c> or <c>2024</c>; writes <c>"2024"</c>.</summary>
internal sealed class CalendarYearJsonConverter : YearJsonConverter<CalendarYear>
{
    protected override CalendarYear ParseLabel(string? text) => CalendarYear.Parse(text!);

    protected override string? ReadText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var year)
            ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            : base.ReadText(ref reader);
}
