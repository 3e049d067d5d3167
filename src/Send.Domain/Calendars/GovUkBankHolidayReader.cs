using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Validation;

namespace Send.Domain.Calendars;

/// <summary>
/// Reads the official bank holiday list in the form gov.uk publishes it (https://www.gov.uk/bank-holidays.json):
/// <c>{ "england-and-wales": { "division": "...", "events": [ { "title": "...", "date": "2025-12-25", ... } ] } }</c>.
/// Every problem names the line, field, value and what was expected.
/// </summary>
internal static class GovUkBankHolidayReader
{
    internal static IReadOnlyList<DataProblem> Read(string json, string source, string division, out BankHolidayCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(division);
        calendar = null;
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException ex)
        {
            return new[] { new DataProblem(source, "the file is not valid JSON: " + ex.Message) { Line = ex.LineNumber, Column = ex.LinePosition, Code = "SEND-JSON" } };
        }

        if (root[division]?["events"] is not JArray events)
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

        var problems = new List<DataProblem>();
        var holidays = new Dictionary<LocalDate, BankHoliday>();
        for (var i = 0; i < events.Count; i++)
        {
            var field = $"{division}.events[{i}]";
            var item = events[i] as JObject;
            var dateToken = item?["date"];
            var titleToken = item?["title"];
            if (item is null || dateToken is not JValue dateValue || titleToken is not JValue || string.IsNullOrWhiteSpace((string?)titleToken))
            {
                problems.Add(Problem(source, item ?? events[i], field, "each event needs a 'title' and a 'date'", "{ \"title\": \"Christmas Day\", \"date\": \"2025-12-25\" }"));
                continue;
            }

            var parsed = LocalDatePattern.Iso.Parse(dateValue.Value as string ?? string.Empty);
            if (!parsed.Success)
            {
                problems.Add(Problem(source, dateValue, field + ".date", "the date does not exist or cannot be read", "a real date in the form YYYY-MM-DD"));
                continue;
            }

            if (holidays.ContainsKey(parsed.Value))
            {
                problems.Add(Problem(source, dateValue, field + ".date", "this date is listed twice", "each date once"));
                continue;
            }

            holidays.Add(parsed.Value, new BankHoliday(parsed.Value, ((string)titleToken!).Trim()));
        }

        if (problems.Count == 0 && holidays.Count == 0)
        {
            problems.Add(Problem(source, events, division + ".events", "the list of events is empty", "at least one bank holiday"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        calendar = BankHolidayCalendar.FromList(holidays.Values, holidays.Keys.Min().Year, holidays.Keys.Max().Year);
        return problems;
    }

    private static DataProblem Problem(string source, JToken token, string field, string message, string expected)
    {
        var info = (IJsonLineInfo)token;
        return new DataProblem(source, message)
        {
            Line = info.HasLineInfo() ? info.LineNumber : null,
            Column = info.HasLineInfo() ? info.LinePosition : null,
            Field = field,
            Value = token is JValue value ? value.ToString(Formatting.None).Trim('"') : null,
            Expected = expected,
            Code = "SEND-CALENDAR",
        };
    }
}
