using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Send.Data.Parsing;
using Send.Data.Validation;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Data.Statutory;

/// <summary>
/// Reads a caseload CSV file: a header row naming the columns, then one row per case (see <see cref="Columns"/>).
/// </summary>
/// <remarks>
/// Columns may come in any order; <c>case_id</c> is required. Other columns (<c>owner</c>, <c>school</c>,
/// <c>phase</c>...) are the case's own and are carried through to <see cref="CaseloadRecord.OtherColumns"/>, except that
/// a name within two letters of a milestone column (<c>request_recieved</c>) is an error, to catch typos. A milestone
/// column the header lacks is "not recorded" (<see cref="CaseloadRecord.Columns"/>), so its steps are reported as not
/// evaluated, never overdue. Empty date cells mean "not happened". Every malformed cell is reported with its line,
/// column and field; values quoted in problems are cut to a short excerpt (a caseload is personal data), and at most
/// <see cref="MaxProblems"/> problems are listed, the last saying how many more there were.
/// </remarks>
public static class CaseloadCsv
{
    /// <summary>The columns, in the documented order, with what each holds.</summary>
    public static IReadOnlyList<(string Name, string Meaning)> Columns { get; } = new[]
    {
        ("case_id", "the case reference (required, unique)"),
        ("request_received", "date the assessment request was received (YYYY-MM-DD)"),
        ("decision_to_assess", "date the decision to assess was notified"),
        ("decision_not_to_assess", "date a decision not to assess was notified"),
        ("no_plan_decision", "date a decision that no plan is needed was notified"),
        ("final_issued", "date the final EHC plan was issued"),
        ("last_review_meeting", "date of the last annual review meeting"),
        ("ceased", "date the plan ceased"),
        ("exception_applies", "true/false (also yes/no, 1/0, or empty = false): a 20-week exception applied (SEN2 Week20)"),
    };

    /// <summary>The other columns of a record when the file has none: one shared, read-only empty dictionary.</summary>
    private static readonly IReadOnlyDictionary<string, string> NoOtherColumns = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>The most problems listed for one file; the last one then says "and N more problems".</summary>
    public const int MaxProblems = 100;

    /// <summary>The most characters of a value quoted in a problem.</summary>
    internal const int MaxExcerpt = 40;

    /// <summary>Reads and checks a caseload file.</summary>
    /// <param name="path">The file path as the user named it.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataException">The file is missing or has errors.</exception>
    public static IReadOnlyList<CaseloadRecord> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataException(new[] { new DataProblem(path, "the caseload file does not exist") { Code = "SEND-FILE" } });
        }

        var records = TryParse(Utf8Text.ReadFile(path, path, ProblemCodes.Csv), path, out var problems);
        return problems.Any(p => p.Severity == DataProblemSeverity.Error) ? throw new DataException(problems) : records;
    }

    /// <summary>Parses caseload CSV text, returning every problem found.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for problems.</param>
    /// <param name="problems">The problems; empty on success.</param>
    /// <returns>The records that parsed without error.</returns>
    public static IReadOnlyList<CaseloadRecord> TryParse(string text, string source, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var found = new List<DataProblem>();
        var records = Read(text, source, found);
        problems = Cap(found, source);
        return records;
    }

    private static List<CaseloadRecord> Read(string text, string source, List<DataProblem> found)
    {
        var records = new List<CaseloadRecord>();
        var rows = CsvReader.Read(text).ToList();
        if (rows.Count == 0)
        {
            found.Add(new DataProblem(source, "the file is empty") { Expected = "a header row: " + string.Join(",", Columns.Select(c => c.Name)), Code = "SEND-CSV" });
            return records;
        }

        if (rows[0].Error is not null)
        {
            found.Add(new DataProblem(source, "the header row " + rows[0].Error) { Line = rows[0].Line, Value = Excerpt(string.Join(",", rows[0].Fields)), Code = "SEND-CSV" });
            return records;
        }

        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var known = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var recorded = CaseloadColumns.None;
        var others = new List<int>();
        for (var i = 0; i < header.Length; i++)
        {
            if (known.Contains(header[i]))
            {
                recorded |= ColumnFlag(header[i]);
            }
            else if (header[i].Length == 0 || NearMiss(header[i], known) is not null || Array.IndexOf(header, header[i]) != i)
            {
                var near = header[i].Length == 0 ? null : NearMiss(header[i], known);
                found.Add(new DataProblem(source, header[i].Length == 0 ? "a column has no name" : near is not null ? $"unknown column (did you mean '{near}'?)" : "the column name is repeated")
                {
                    Line = rows[0].Line, Column = i + 1, Value = Excerpt(header[i]), Expected = "one of " + string.Join(", ", known) + ", or another name for the case's own columns", Code = "SEND-CSV",
                });
            }
            else
            {
                others.Add(i);
            }
        }

        if (Array.IndexOf(header, "case_id") < 0)
        {
            found.Add(new DataProblem(source, "the header has no case_id column") { Line = rows[0].Line, Code = "SEND-CSV" });
        }

        if (found.Count > 0)
        {
            return records;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i], i);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsedDates = new Dictionary<string, NodaTime.Text.ParseResult<LocalDate>>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (row.Error is not null)
            {
                found.Add(new DataProblem(source, row.Error) { Line = row.Line, Value = Excerpt(string.Join(",", row.Fields)), Code = "SEND-CSV" });
                continue;
            }

            IReadOnlyDictionary<string, string> Others(IReadOnlyList<string> fields)
            {
                if (others.Count == 0)
                {
                    return NoOtherColumns;
                }

                var values = new Dictionary<string, string>(others.Count, StringComparer.Ordinal);
                foreach (var i in others)
                {
                    values[header[i]] = fields[i].Trim();
                }

                return values;
            }

            if (row.Fields.Count != header.Length)
            {
                found.Add(new DataProblem(source, $"the row has {row.Fields.Count} fields") { Line = row.Line, Expected = $"{header.Length} fields as in the header", Code = "SEND-CSV" });
                continue;
            }

            var before = found.Count;
            string Cell(string name) => index.TryGetValue(name, out var at) ? row.Fields[at].Trim() : string.Empty;

            LocalDate? Date(string name)
            {
                var value = Cell(name);
                if (value.Length == 0)
                {
                    return null;
                }

                // A caseload repeats a few thousand dates many times over: parse each distinct text once.
                if (!parsedDates.TryGetValue(value, out var parsed))
                {
                    parsed = LocalDatePattern.Iso.Parse(value);
                    parsedDates[value] = parsed;
                }

                if (parsed.Success && DateRange.Covers(parsed.Value))
                {
                    return parsed.Value;
                }

                if (parsed.Success)
                {
                    found.Add(new DataProblem(source, DateRange.Outside) { Line = row.Line, Column = index[name] + 1, Field = name, Value = Excerpt(value), Expected = DateRange.Expected, Code = "SEND-CSV" });
                    return null;
                }

                found.Add(new DataProblem(source, "not a date") { Line = row.Line, Column = index[name] + 1, Field = name, Value = Excerpt(value), Expected = "a date in the form YYYY-MM-DD, or empty", Code = "SEND-CSV" });
                return null;
            }

            var id = Cell("case_id");
            if (id.Length == 0)
            {
                found.Add(new DataProblem(source, "the case id is empty") { Line = row.Line, Column = index["case_id"] + 1, Field = "case_id", Code = "SEND-CSV" });
            }
            else if (seen.TryGetValue(id, out var firstLine))
            {
                found.Add(new DataProblem(source, $"duplicate case id (first on line {firstLine})") { Line = row.Line, Field = "case_id", Value = Excerpt(id), Code = "SEND-CSV" });
            }
            else
            {
                seen[id] = row.Line;
            }

            var exception = Cell("exception_applies").ToLowerInvariant();
            bool applies = false;
            switch (exception)
            {
                case "" or "false" or "no" or "n" or "0":
                    break;
                case "true" or "yes" or "y" or "1":
                    applies = true;
                    break;
                default:
                    found.Add(new DataProblem(source, "not a yes/no value") { Line = row.Line, Column = index["exception_applies"] + 1, Field = "exception_applies", Value = Excerpt(Cell("exception_applies")), Expected = "true or false (or yes/no, 1/0, empty)", Code = "SEND-CSV" });
                    break;
            }

            var record = new CaseloadRecord(id)
            {
                RequestReceived = Date("request_received"),
                DecisionToAssess = Date("decision_to_assess"),
                DecisionNotToAssess = Date("decision_not_to_assess"),
                NoPlanDecision = Date("no_plan_decision"),
                FinalIssued = Date("final_issued"),
                LastReviewMeeting = Date("last_review_meeting"),
                Ceased = Date("ceased"),
                ExceptionApplies = applies,
                Line = row.Line,
                Columns = recorded,
                OtherColumns = Others(row.Fields),
            };

            if (found.Count == before)
            {
                foreach (var (field, date) in new[] { ("decision_to_assess", record.DecisionToAssess), ("decision_not_to_assess", record.DecisionNotToAssess), ("no_plan_decision", record.NoPlanDecision), ("final_issued", record.FinalIssued) })
                {
                    if (date is LocalDate d && record.RequestReceived is LocalDate r && d < r)
                    {
                        found.Add(new DataProblem(source, $"case {id}: {field.Replace('_', ' ')} is before the request received {LocalDatePattern.Iso.Format(r)}") { Line = row.Line, Column = index[field] + 1, Field = field, Value = LocalDatePattern.Iso.Format(d), Code = "SEND-CASE" });
                    }
                }

                if (record.LastReviewMeeting is LocalDate review && record.FinalIssued is LocalDate final && review < final)
                {
                    found.Add(new DataProblem(source, $"case {id}: the last review meeting is before the final plan {LocalDatePattern.Iso.Format(final)}") { Line = row.Line, Column = index["last_review_meeting"] + 1, Field = "last_review_meeting", Value = LocalDatePattern.Iso.Format(review), Code = "SEND-CASE" });
                }
            }

            if (found.Count == before)
            {
                records.Add(record);
            }
        }

        return records;
    }

    /// <summary>At most <see cref="MaxProblems"/> problems: the first ones, then one saying how many more there were.</summary>
    internal static IReadOnlyList<DataProblem> Cap(List<DataProblem> problems, string source)
    {
        if (problems.Count <= MaxProblems)
        {
            return problems;
        }

        var more = problems.Count - (MaxProblems - 1);
        var capped = problems.GetRange(0, MaxProblems - 1);
        capped.Add(new DataProblem(source, $"and {more} more problems (only the first {MaxProblems - 1} are listed)") { Code = problems[MaxProblems - 1].Code });
        return capped;
    }

    /// <summary>A short, escaped excerpt of a value for a problem (<see cref="DataExcerpt"/>), at most <see cref="MaxExcerpt"/> characters, so that even the raw <see cref="DataProblem.Value"/> (in JSON output) stays short.</summary>
    internal static string Excerpt(string value) => DataExcerpt.Of(value, MaxExcerpt);

    private static CaseloadColumns ColumnFlag(string name) => name switch
    {
        "request_received" => CaseloadColumns.RequestReceived,
        "decision_to_assess" => CaseloadColumns.DecisionToAssess,
        "decision_not_to_assess" => CaseloadColumns.DecisionNotToAssess,
        "no_plan_decision" => CaseloadColumns.NoPlanDecision,
        "final_issued" => CaseloadColumns.FinalIssued,
        "last_review_meeting" => CaseloadColumns.LastReviewMeeting,
        "ceased" => CaseloadColumns.Ceased,
        "exception_applies" => CaseloadColumns.ExceptionApplies,
        _ => CaseloadColumns.None,
    };

    /// <summary>The known column within two edits of <paramref name="name"/> (a likely typo), or null.</summary>
    private static string? NearMiss(string name, IEnumerable<string> known)
    {
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - name.Length) <= 2 && EditDistance.Between(name.ToLowerInvariant(), candidate) <= 2)
            {
                return candidate;
            }
        }

        return null;
    }
}
