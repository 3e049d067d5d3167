using System;
using System.Collections.Generic;
using System.IO;
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
/// Reads a school calendar file: first against the JSON Schema (shape, required fields, spelling), then the checks a
/// schema cannot make (real dates, term order, overlaps, bank holiday coverage). Every problem names the line, the
/// field, the value and what was expected.
/// </summary>
public static class SchoolCalendarReader
{
    /// <summary>
    /// Loads a calendar from JSON that follows <c>docs/schemas/school-calendar.schema.json</c>, using the England and
    /// Wales bank holidays.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name to put in error messages, as the user named it.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The file has errors; its problems name the line, field, value and what was expected.</exception>
    public static SchoolCalendar Load(string json, string source) => Load(json, source, BankHolidayCalendar.EnglandAndWales);

    /// <summary>Loads a calendar from JSON as <see cref="Load(string, string)"/> does, over the given bank holidays.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name to put in error messages.</param>
    /// <param name="bankHolidays">The bank holidays.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The file has errors.</exception>
    public static SchoolCalendar Load(string json, string source, BankHolidayCalendar bankHolidays)
    {
        var problems = TryLoad(json, source, bankHolidays, out var calendar);
        return calendar ?? throw new DataException(problems);
    }

    /// <summary>
    /// Loads a calendar from JSON, returning every problem found instead of throwing. The calendar is null when any
    /// problem is an error; warnings (for example a closed day that is already a weekend) leave it usable.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name to put in each problem.</param>
    /// <param name="bankHolidays">The bank holidays.</param>
    /// <param name="calendar">The calendar, or null when there are errors.</param>
    /// <returns>The problems, in document order; empty when the file is clean.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DataProblem> TryLoad(string json, string source, BankHolidayCalendar bankHolidays, out SchoolCalendar? calendar) =>
        Read(json, source, bankHolidays, out calendar);

    internal const string SchemaResourceName = "Send.Data.Calendars.school-calendar.schema.json";

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

        if (schemaProblems.Count > 0)
        {
            return schemaProblems.Select(WithExpectedDate).ToArray();
        }

        // The schema has passed, so the shape below is known: an object with a name and a list of terms.
        var utf8 = JsonSchemaValidator.ToUtf8(json);
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var map = new Lazy<JsonPositionMap>(() => JsonPositionMap.Build(utf8));
        var problems = new List<DataProblem>();

        var name = root.GetProperty("name").GetString()!;
        var terms = new List<(Term Term, int Index)>();
        var termsArray = root.GetProperty("terms").EnumerateArray().ToArray();
        var termsPath = InstancePath.Root.Property("terms");
        for (var i = 0; i < termsArray.Length; i++)
        {
            var item = termsArray[i];
            var termName = item.GetProperty("name").GetString()!;
            var first = ReadDate(map, termsPath.Item(i).Property("first_day"), item.GetProperty("first_day"), $"terms[{i}].first_day", source, problems);
            var last = ReadDate(map, termsPath.Item(i).Property("last_day"), item.GetProperty("last_day"), $"terms[{i}].last_day", source, problems);
            if (first is not LocalDate f || last is not LocalDate l)
            {
                continue;
            }

            if (l < f)
            {
                problems.Add(Problem(source, map, termsPath.Item(i).Property("last_day"), item.GetProperty("last_day"), $"terms[{i}].last_day", $"the last day of term '{termName}' is before its first day ({Iso(f)})", $"a date on or after {Iso(f)}"));
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
                problems.Add(Problem(
                    source,
                    map,
                    termsPath.Item(currentIndex).Property("first_day"),
                    termsArray[currentIndex].GetProperty("first_day"),
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
                        map,
                        termsPath.Item(index).Property(field),
                        termsArray[index].GetProperty(field),
                        $"terms[{index}].{field}",
                        "the date is outside the years the bank holiday calendar covers",
                        $"a date from {bankHolidays.FirstYear} to {bankHolidays.LastYear}"));
                }
            }
        }

        var closedDays = new List<LocalDate>();
        if (root.TryGetProperty("closed_days", out var closedArray) && closedArray.ValueKind == JsonValueKind.Array)
        {
            var i = -1;
            foreach (var closed in closedArray.EnumerateArray())
            {
                i++;
                var path = InstancePath.Root.Property("closed_days").Item(i).Property("date");
                var token = closed.GetProperty("date");
                if (ReadDate(map, path, token, $"closed_days[{i}].date", source, problems) is not LocalDate date)
                {
                    continue;
                }

                closedDays.Add(date);
                if (terms.Count > 0 && !terms.Any(t => t.Term.Contains(date)))
                {
                    problems.Add(Problem(source, map, path, token, $"closed_days[{i}].date", "the closed day is not inside any term, so it changes nothing", "a date inside a term") with { Severity = DataProblemSeverity.Warning });
                }
                else if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    problems.Add(Problem(source, map, path, token, $"closed_days[{i}].date", $"the closed day is a {date.DayOfWeek}, when the school is closed anyway", "a weekday") with { Severity = DataProblemSeverity.Warning });
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

    /// <summary>Adds what was expected to a schema problem about a date field (the schema's pattern cannot say it in words).</summary>
    private static DataProblem WithExpectedDate(DataProblem problem)
    {
        if (problem.Field is null || problem.Value is null || problem.Expected is not null)
        {
            return problem;
        }

        var isDate = problem.Field.EndsWith("first_day", StringComparison.Ordinal)
            || problem.Field.EndsWith("last_day", StringComparison.Ordinal)
            || problem.Field.EndsWith(".date", StringComparison.Ordinal);
        return isDate ? problem with { Expected = ExpectedDate } : problem;
    }

    private static LocalDate? ReadDate(Lazy<JsonPositionMap> map, InstancePath path, JsonElement token, string field, string source, List<DataProblem> problems)
    {
        var result = LocalDatePattern.Iso.Parse(token.GetString() ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problem(source, map, path, token, field, "the date does not exist or cannot be read", ExpectedDate));
        return null;
    }

    private static DataProblem Problem(string source, Lazy<JsonPositionMap> map, InstancePath path, JsonElement token, string field, string message, string expected)
    {
        var position = map.Value.ValueStart(path.Pointer);
        return new DataProblem(source, message)
        {
            Line = position?.Line,
            Column = position?.Column,
            Field = field,
            Value = token.ValueKind == JsonValueKind.String ? token.GetString() : token.GetRawText(),
            Expected = expected,
            Code = "SEND-CALENDAR",
        };
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
