using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Validation;

namespace Send.Domain.Statutory.Io;

/// <summary>
/// Reads a caseload CSV file: a header row naming the columns, then one row per case (see <see cref="Columns"/>).
/// </summary>
/// <remarks>
/// Columns may come in any order; <c>case_id</c> is required; unknown column names are an error (to catch typos).
/// Empty date cells mean "not happened". Every malformed cell is reported with its line, column and field.
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

        var records = TryParse(File.ReadAllText(path), path, out var problems);
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
        problems = found;
        var records = new List<CaseloadRecord>();
        var rows = CsvReader.Read(text).ToList();
        if (rows.Count == 0)
        {
            found.Add(new DataProblem(source, "the file is empty") { Expected = "a header row: " + string.Join(",", Columns.Select(c => c.Name)), Code = "SEND-CSV" });
            return records;
        }

        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var known = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!known.Contains(header[i]))
            {
                found.Add(new DataProblem(source, "unknown column") { Line = rows[0].Line, Column = i + 1, Value = header[i], Expected = "one of " + string.Join(", ", known), Code = "SEND-CSV" });
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

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (row.Error is not null)
            {
                found.Add(new DataProblem(source, row.Error) { Line = row.Line, Code = "SEND-CSV" });
                continue;
            }

            if (row.Fields.Count != header.Length)
            {
                found.Add(new DataProblem(source, $"the row has {row.Fields.Count} fields") { Line = row.Line, Expected = $"{header.Length} fields as in the header", Code = "SEND-CSV" });
                continue;
            }

            var before = found.Count;
            string Cell(string name)
            {
                var index = Array.IndexOf(header, name);
                return index < 0 ? string.Empty : row.Fields[index].Trim();
            }

            LocalDate? Date(string name)
            {
                var value = Cell(name);
                if (value.Length == 0)
                {
                    return null;
                }

                var parsed = LocalDatePattern.Iso.Parse(value);
                if (parsed.Success && DateRange.Covers(parsed.Value))
                {
                    return parsed.Value;
                }

                if (parsed.Success)
                {
                    found.Add(new DataProblem(source, DateRange.Outside) { Line = row.Line, Column = Array.IndexOf(header, name) + 1, Field = name, Value = value, Expected = DateRange.Expected, Code = "SEND-CSV" });
                    return null;
                }

                found.Add(new DataProblem(source, "not a date") { Line = row.Line, Column = Array.IndexOf(header, name) + 1, Field = name, Value = value, Expected = "a date in the form YYYY-MM-DD, or empty", Code = "SEND-CSV" });
                return null;
            }

            var id = Cell("case_id");
            if (id.Length == 0)
            {
                found.Add(new DataProblem(source, "the case id is empty") { Line = row.Line, Column = Array.IndexOf(header, "case_id") + 1, Field = "case_id", Code = "SEND-CSV" });
            }
            else if (seen.TryGetValue(id, out var firstLine))
            {
                found.Add(new DataProblem(source, $"duplicate case id (first on line {firstLine})") { Line = row.Line, Field = "case_id", Value = id, Code = "SEND-CSV" });
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
                    found.Add(new DataProblem(source, "not a yes/no value") { Line = row.Line, Column = Array.IndexOf(header, "exception_applies") + 1, Field = "exception_applies", Value = Cell("exception_applies"), Expected = "true or false (or yes/no, 1/0, empty)", Code = "SEND-CSV" });
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
            };

            if (found.Count == before)
            {
                foreach (var (field, date) in new[] { ("decision_to_assess", record.DecisionToAssess), ("decision_not_to_assess", record.DecisionNotToAssess), ("no_plan_decision", record.NoPlanDecision), ("final_issued", record.FinalIssued) })
                {
                    if (date is LocalDate d && record.RequestReceived is LocalDate r && d < r)
                    {
                        found.Add(new DataProblem(source, $"case {id}: {field.Replace('_', ' ')} is before the request received {LocalDatePattern.Iso.Format(r)}") { Line = row.Line, Column = Array.IndexOf(header, field) + 1, Field = field, Value = LocalDatePattern.Iso.Format(d), Code = "SEND-CASE" });
                    }
                }

                if (record.LastReviewMeeting is LocalDate review && record.FinalIssued is LocalDate final && review < final)
                {
                    found.Add(new DataProblem(source, $"case {id}: the last review meeting is before the final plan {LocalDatePattern.Iso.Format(final)}") { Line = row.Line, Column = Array.IndexOf(header, "last_review_meeting") + 1, Field = "last_review_meeting", Value = LocalDatePattern.Iso.Format(review), Code = "SEND-CASE" });
                }
            }

            if (found.Count == before)
            {
                records.Add(record);
            }
        }

        return records;
    }
}
