using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Send.Data.Calendars;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO date string (<c>uuuu-MM-dd</c>), exactly as
/// <c>NodaConverters.LocalDateConverter</c> does, including the message-less <see cref="JsonException"/> it throws for a bad value.
/// </summary>
/// <remarks>
/// Written out because touching <c>NodaConverters</c> builds the converters, and so the text patterns, of a dozen
/// NodaTime types (instants, offsets, durations, zoned times...) that Send's files never use: start-up time a cold
/// <c>send render</c> paid for nothing, and trim and AOT warnings in a native publish. Used by report data read into
/// a typed model and by the <c>send</c> tool's <c>--json</c> output. Stateless and thread-safe. Writing a date in a calendar other than ISO throws
/// <see cref="ArgumentException"/>, as NodaTime's converter does.
/// </remarks>
public sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return LocalDatePattern.Iso.Parse(reader.GetString()!).Value;
        }
        catch (Exception ex)
        {
            // No message of our own: System.Text.Json then says "The JSON value could not be converted to ..." with
            // the member's type, as it does for NodaTime's converter.
            throw new JsonException(null, ex);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Values of type LocalDate must (currently) use the ISO calendar in order to be serialized.", nameof(value));
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
