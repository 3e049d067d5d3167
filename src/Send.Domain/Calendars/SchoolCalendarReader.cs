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
/// Reads a school calendar file: first against the JSON Schema (shape, required fields, spelling), then the checks a
/// schema cannot make (real dates, term order, overlaps, bank holiday coverage). Every problem names the line, the
/// field, the value and what was expected.
/// </summary>
internal static class SchoolCalendarReader
{
    internal const string SchemaResourceName = "Send.Domain.Calendars.school-calendar.schema.json";

    private const string ExpectedDate = "a real date in the form YYYY-MM-DD";

    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromSchemaText(SchemaText));

    /// <summary>The JSON Schema text embedded in the assembly (the same file as docs/schemas/school-calendar.schema.json).</summary>
    internal static string SchemaText
    {
        get
        {
            using var stream = typeof(SchoolCalendarReader).Assembly.GetManifestResourceStream(SchemaResourceName)
                ?? throw new InvalidOperationException("The school calendar schema is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    internal static IReadOnlyList<DataProblem> Read(string json, string source, BankHolidayCalendar bankHolidays, out SchoolCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bankHolidays);
        calendar = null;

        var schemaProblems = Validator.Value.Validate(json, source);
        if (schemaProblems.Count > 0 && schemaProblems.Any(p => p.Code == "SEND-JSON"))
        {
            return schemaProblems;
        }

        JObject root;
        try
        {
            // DateParseHandling.None keeps "2024-09-04" as the text the user wrote (Json.NET would otherwise turn it into a DateTime).
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException ex)
        {
            return new[] { new DataProblem(source, "the file is not valid JSON: " + ex.Message) { Line = ex.LineNumber, Column = ex.LinePosition, Code = "SEND-JSON" } };
        }

        if (schemaProblems.Count > 0)
        {
            return schemaProblems.Select(p => WithValue(p, root)).ToArray();
        }

        var problems = new List<DataProblem>();

        var name = (string)root["name"]!;
        var terms = new List<(Term Term, int Index)>();
        var termsArray = (JArray)root["terms"]!;
        for (var i = 0; i < termsArray.Count; i++)
        {
            var item = (JObject)termsArray[i];
            var termName = (string)item["name"]!;
            var first = ReadDate(item["first_day"]!, $"terms[{i}].first_day", source, problems);
            var last = ReadDate(item["last_day"]!, $"terms[{i}].last_day", source, problems);
            if (first is not LocalDate f || last is not LocalDate l)
            {
                continue;
            }

            if (l < f)
            {
                problems.Add(Problem(source, item["last_day"]!, $"terms[{i}].last_day", $"the last day of term '{termName}' is before its first day ({Iso(f)})", $"a date on or after {Iso(f)}"));
                continue;
            }

            terms.Add((new Term(termName, f, l), i));
        }

        var sorted = terms.OrderBy(t => t.Term.FirstDay).ToList();
        for (var k = 1; k < sorted.Count; k++)
        {
            var (previous, previousIndex) = sorted[k - 1];
            var (current, currentIndex) = sorted[k];
            if (current.FirstDay <= previous.LastDay)
            {
                var token = termsArray[currentIndex]["first_day"]!;
                problems.Add(Problem(
                    source,
                    token,
                    $"terms[{currentIndex}].first_day",
                    $"term '{current.Name}' overlaps term '{previous.Name}' (terms[{previousIndex}], {Iso(previous.FirstDay)} to {Iso(previous.LastDay)})",
                    $"a date after {Iso(previous.LastDay)}"));
            }
        }

        foreach (var (term, index) in terms)
        {
            foreach (var (date, field) in new[] { (term.FirstDay, "first_day"), (term.LastDay, "last_day") })
            {
                if (!bankHolidays.Covers(date))
                {
                    problems.Add(Problem(
                        source,
                        termsArray[index][field]!,
                        $"terms[{index}].{field}",
                        "the date is outside the years the bank holiday calendar covers",
                        $"a date from {bankHolidays.FirstYear} to {bankHolidays.LastYear}"));
                }
            }
        }

        var closedDays = new List<LocalDate>();
        if (root["closed_days"] is JArray closedArray)
        {
            for (var i = 0; i < closedArray.Count; i++)
            {
                var token = closedArray[i]["date"]!;
                if (ReadDate(token, $"closed_days[{i}].date", source, problems) is not LocalDate date)
                {
                    continue;
                }

                closedDays.Add(date);
                if (terms.Count > 0 && !terms.Any(t => t.Term.Contains(date)))
                {
                    problems.Add(Problem(source, token, $"closed_days[{i}].date", "the closed day is not inside any term, so it changes nothing", "a date inside a term") with { Severity = DataProblemSeverity.Warning });
                }
                else if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    problems.Add(Problem(source, token, $"closed_days[{i}].date", $"the closed day is a {date.DayOfWeek}, when the school is closed anyway", "a weekday") with { Severity = DataProblemSeverity.Warning });
                }
            }
        }

        problems.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0) is var byLine && byLine != 0 ? byLine : (a.Column ?? 0).CompareTo(b.Column ?? 0));
        if (problems.Any(p => p.Severity == DataProblemSeverity.Error))
        {
            return problems;
        }

        calendar = new SchoolCalendar(name, terms.Select(t => t.Term), closedDays, bankHolidays);
        return problems;
    }

    /// <summary>Adds the offending value, and for date fields what was expected, to a schema problem.</summary>
    private static DataProblem WithValue(DataProblem problem, JObject root)
    {
        if (problem.Field is null || (problem.Value is not null && problem.Expected is not null))
        {
            return problem;
        }

        JToken? token;
        try
        {
            token = root.SelectToken(problem.Field);
        }
        catch (JsonException)
        {
            return problem;
        }

        if (token is not JValue value)
        {
            return problem;
        }

        var isDate = problem.Field.EndsWith("first_day", StringComparison.Ordinal)
            || problem.Field.EndsWith("last_day", StringComparison.Ordinal)
            || problem.Field.EndsWith(".date", StringComparison.Ordinal);
        return problem with
        {
            Value = problem.Value ?? (value.Type == JTokenType.String ? (string?)value : value.ToString(Formatting.None)),
            Expected = problem.Expected ?? (isDate ? ExpectedDate : null),
        };
    }

    private static LocalDate? ReadDate(JToken token, string field, string source, List<DataProblem> problems)
    {
        var text = (string)token!;
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problem(source, token, field, "the date does not exist or cannot be read", ExpectedDate));
        return null;
    }

    private static DataProblem Problem(string source, JToken token, string field, string message, string expected)
    {
        var info = (IJsonLineInfo)token;
        return new DataProblem(source, message)
        {
            Line = info.HasLineInfo() ? info.LineNumber : null,
            Column = info.HasLineInfo() ? info.LinePosition : null,
            Field = field,
            Value = token.Type == JTokenType.String ? (string?)token : token.ToString(Formatting.None),
            Expected = expected,
            Code = "SEND-CALENDAR",
        };
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
