using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Send.Cli.Infrastructure;

/// <summary>
/// Writes a <see cref="LocalDate"/> as its ISO text (<c>2025-06-02</c>), as NodaTime.Serialization.SystemTextJson's
/// converter does. Written out because that package's <c>ConfigureForNodaTime</c> also brings converters that raise
/// trim and AOT warnings in a native publish; <c>--json</c> output only ever holds dates.
/// </summary>
internal sealed class IsoDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty);
        return result.Success ? result.Value : throw new JsonException("expected an ISO date (yyyy-MM-dd)");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
