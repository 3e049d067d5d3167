using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Send.Data.Validation;
using Send.Data.Validation.Schema;
using Send.Domain.Calendars;
using Send.Domain.Validation;

namespace Send.Data.Calendars;

/// <summary>
/// Reads the official bank holiday list in the form gov.uk publishes it (https://www.gov.uk/bank-holidays.json):
/// <c>{ "england-and-wales": { "division": "...", "events": [ { "title": "...", "date": "2025-12-25", ... } ] } }</c>.
/// Every problem names the line, field, value and what was expected.
/// </summary>
public static class GovUkBankHolidayReader
{
    /// <summary>
    /// Loads the official list in the form gov.uk publishes it (<c>https://www.gov.uk/bank-holidays.json</c>). The
    /// calendar covers the years from the earliest to the latest event in the division, which are taken as complete.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name to put in error messages.</param>
    /// <param name="division">The division: <c>england-and-wales</c> (the default), <c>scotland</c> or <c>northern-ireland</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The file has errors; its problems name the line, field and value.</exception>
    public static BankHolidayCalendar Load(string json, string source, string division = "england-and-wales")
    {
        var problems = TryLoad(json, source, division, out var calendar);
        return calendar ?? throw new DataException(problems);
    }

    /// <summary>Loads the gov.uk list as <see cref="Load"/> does, returning every problem instead of throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name to put in each problem.</param>
    /// <param name="division">The division, for example <c>england-and-wales</c>.</param>
    /// <param name="calendar">The calendar, or null when there are problems.</param>
    /// <returns>The problems; empty when the file is clean.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DataProblem> TryLoad(string json, string source, string division, out BankHolidayCalendar? calendar) =>
        Read(json, source, division, out calendar);

    internal static IReadOnlyList<DataProblem> Read(string json, string source, string division, out BankHolidayCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(division);
        calendar = null;
        var utf8 = JsonSchemaValidator.ToUtf8(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            return new[] { JsonSchemaValidator.SyntaxProblem(ex, source) };
        }

        using (document)
        {
            return Read(document.RootElement, utf8, source, division, out calendar);
        }
    }

    private static IReadOnlyList<DataProblem> Read(JsonElement root, byte[] utf8, string source, string division, out BankHolidayCalendar? calendar)
    {
        calendar = null;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty(division, out var divisionElement)
            || divisionElement.ValueKind != JsonValueKind.Object
            || !divisionElement.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            return new[]
            {
                new DataProblem(source, $"there is no '{division}' division with an 'events' list")
                {
                    Field = division,
                    Expected = "the gov.uk bank holidays format: { \"" + division + "\": { \"events\": [ { \"title\": ..., \"date\": \"YYYY-MM-DD\" } ] } }",
                    Code = "SEND-CALENDAR",
                },
            };
        }

        var map = new Lazy<JsonPositionMap>(() => JsonPositionMap.Build(utf8));
        var eventsPath = InstancePath.Root.Property(division).Property("events");
        var problems = new List<DataProblem>();
        var holidays = new Dictionary<LocalDate, BankHoliday>();
        var i = -1;
        foreach (var item in events.EnumerateArray())
        {
            i++;
            var field = $"{division}.events[{i}]";
            var itemPath = eventsPath.Item(i);
            var isObject = item.ValueKind == JsonValueKind.Object;
            var hasDate = isObject && item.TryGetProperty("date", out var dateValue) && dateValue.ValueKind == JsonValueKind.String;
            var hasTitle = isObject && item.TryGetProperty("title", out var titleValue) && titleValue.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(titleValue.GetString());
            if (!hasDate || !hasTitle)
            {
                problems.Add(Problem(source, map, itemPath, item, field, "each event needs a 'title' and a 'date'", "{ \"title\": \"Christmas Day\", \"date\": \"2025-12-25\" }"));
                continue;
            }

            var date = item.GetProperty("date");
            var parsed = LocalDatePattern.Iso.Parse(date.GetString()!);
            if (!parsed.Success)
            {
                problems.Add(Problem(source, map, itemPath.Property("date"), date, field + ".date", "the date does not exist or cannot be read", "a real date in the form YYYY-MM-DD"));
                continue;
            }

            if (holidays.ContainsKey(parsed.Value))
            {
                problems.Add(Problem(source, map, itemPath.Property("date"), date, field + ".date", "this date is listed twice", "each date once"));
                continue;
            }

            holidays.Add(parsed.Value, new BankHoliday(parsed.Value, item.GetProperty("title").GetString()!.Trim()));
        }

        if (problems.Count == 0 && holidays.Count == 0)
        {
            problems.Add(Problem(source, map, eventsPath, events, division + ".events", "the list of events is empty", "at least one bank holiday"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        calendar = BankHolidayCalendar.FromList(holidays.Values, holidays.Keys.Min().Year, holidays.Keys.Max().Year);
        return problems;
    }

    private static DataProblem Problem(string source, Lazy<JsonPositionMap> map, InstancePath path, JsonElement value, string field, string message, string expected)
    {
        var position = map.Value.ValueStart(path.Pointer);
        return new DataProblem(source, message)
        {
            Line = position?.Line,
            Column = position?.Column,
            Field = field,
            Value = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Object or JsonValueKind.Array => null,
                _ => value.GetRawText(),
            },
            Expected = expected,
            Code = "SEND-CALENDAR",
        };
    }
}
