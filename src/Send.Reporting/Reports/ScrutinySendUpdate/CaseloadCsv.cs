using System;
using System.Collections.Generic;
using System.IO;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Calendars;
using Send.Domain.Parsing;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>What became of an EHC needs assessment request.</summary>
internal enum CaseOutcome
{
    Open,
    Issued,
    Declined,
}

/// <summary>One case of a sample caseload: request date, outcome, issue date and completed annual reviews.</summary>
/// <remarks>
/// A declined request is recorded as a decision not to assess on the last day the law allows (EHC-ASSESS-DECISION,
/// SEND Regulations 2014, reg 5(1)); the sample has no decision dates. That date is computed once, when the case is read.
/// </remarks>
internal sealed record CaseRecord(string Id, LocalDate RequestedOn, CaseOutcome Outcome, LocalDate? IssuedOn, LocalDate[] Reviews)
{
    private readonly LocalDate? decidedNotToAssess =
        Outcome == CaseOutcome.Declined ? DeadlineEngine.EnglandAndWales.Compute("EHC-ASSESS-DECISION", RequestedOn).Due : null;

    /// <summary>
    /// The case as the statutory engine's caseload record, as it was known on <paramref name="date"/>: the last
    /// review is the latest completed on or before that date.
    /// </summary>
    public CaseloadRecord AsKnownOn(LocalDate date)
    {
        LocalDate? lastReview = null;
        foreach (var review in Reviews)
        {
            if (review <= date && (lastReview is not LocalDate last || review > last))
            {
                lastReview = review;
            }
        }

        return new(Id)
        {
            RequestReceived = RequestedOn,
            FinalIssued = IssuedOn,
            DecisionNotToAssess = decidedNotToAssess,
            LastReviewMeeting = lastReview,
        };
    }
}

/// <summary>
/// Reads the caseload CSV of the scrutiny sample with the shared <see cref="CsvRecordReader"/>, reporting every bad
/// cell with its line and column.
/// </summary>
internal static class CaseloadCsv
{
    private static readonly string[] Header = ["case_id", "requested_on", "outcome", "issued_on", "reviews"];

    public static IReadOnlyList<CaseRecord>? Read(string path, string source, List<DataProblem> problems)
    {
        var before = problems.Count;
        var decoded = Utf8Text.Decode(File.ReadAllBytes(path), source, out var encoding);
        if (decoded is null)
        {
            problems.Add(encoding!);
            return null;
        }

        using var text = new StringReader(decoded);
        var csv = new CsvRecordReader(text);
        var hasHeader = csv.TryRead(out var header, out _);
        if (!hasHeader || !IsHeader(header))
        {
            problems.Add(new DataProblem(source, "the caseload has the wrong header")
            {
                Line = 1,
                Column = 1,
                Value = hasHeader ? string.Join(",", header) : string.Empty,
                Expected = string.Join(",", Header),
                Code = "SEND-CASELOAD-HEADER",
            });
            return null;
        }

        var cases = new List<CaseRecord>();
        while (csv.TryRead(out var cells, out var lineNumber))
        {
            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            if (cells.Count != Header.Length)
            {
                problems.Add(new DataProblem(source, "wrong number of columns") { Line = lineNumber, Column = 1, Value = string.Join(",", cells), Expected = Header.Length + " columns", Code = "SEND-CASELOAD-COLUMNS" });
                continue;
            }

            int Column(int index)
            {
                var column = 1;
                for (var i = 0; i < index; i++)
                {
                    column += cells[i].Length + 1;
                }

                return column;
            }

            LocalDate? Date(int index, string value, bool required)
            {
                if (value.Length == 0 && !required)
                {
                    return null;
                }

                var result = LocalDatePattern.Iso.Parse(value);
                if (result.Success)
                {
                    return result.Value;
                }

                problems.Add(new DataProblem(source, "not a date") { Line = lineNumber, Column = Column(index), Field = Header[index], Value = value, Expected = "an ISO date such as 2024-11-30", Code = "SEND-CASELOAD-DATE" });
                return null;
            }

            var requested = Date(1, cells[1], required: true);
            CaseOutcome? outcome = cells[2] switch
            {
                "open" => CaseOutcome.Open,
                "issued" => CaseOutcome.Issued,
                "declined" => CaseOutcome.Declined,
                _ => null,
            };
            if (outcome is null)
            {
                problems.Add(new DataProblem(source, "unknown outcome") { Line = lineNumber, Column = Column(2), Field = "outcome", Value = cells[2], Expected = "open, issued or declined", Code = "SEND-CASELOAD-OUTCOME" });
            }

            var issued = Date(3, cells[3], required: outcome == CaseOutcome.Issued);
            var texts = cells[4].Split(';', StringSplitOptions.RemoveEmptyEntries);
            var reviews = new LocalDate[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                // A bad review date is reported; the read then fails as a whole, so its slot need not be filled.
                reviews[i] = Date(4, texts[i], required: true) ?? default;
            }

            if (requested is LocalDate r && outcome is CaseOutcome o)
            {
                if (issued is LocalDate d && d < r)
                {
                    problems.Add(new DataProblem(source, "the plan is issued before it was requested") { Line = lineNumber, Column = Column(3), Field = "issued_on", Value = cells[3], Expected = "a date on or after " + cells[1], Code = "SEND-CASELOAD-ORDER" });
                }

                if (o == CaseOutcome.Declined && !BankHolidayCalendar.EnglandAndWales.Covers(r.PlusWeeks(6)))
                {
                    // Whether the decision date is a working day comes from the bank holiday table, which knows only these years.
                    problems.Add(new DataProblem(source, "a declined request outside the years the bank holiday calendar covers") { Line = lineNumber, Column = Column(1), Field = "requested_on", Value = cells[1], Expected = $"a date from {BankHolidayCalendar.EnglandAndWales.FirstYear} to {BankHolidayCalendar.EnglandAndWales.LastYear}", Code = "SEND-CASELOAD-RANGE" });
                }
                else if (problems.Count == before)
                {
                    cases.Add(new CaseRecord(cells[0], r, o, issued, reviews));
                }
            }
        }

        if (csv.UnterminatedQuoteLine is int open)
        {
            problems.Add(new DataProblem(source, "a quoted field is never closed") { Line = open, Expected = "a closing double quote", Code = "SEND-CASELOAD-QUOTE" });
        }

        return problems.Count > before ? null : cases;
    }

    private static bool IsHeader(List<string> fields)
    {
        if (fields.Count != Header.Length)
        {
            return false;
        }

        for (var i = 0; i < Header.Length; i++)
        {
            if (fields[i].Trim() != Header[i])
            {
                return false;
            }
        }

        return true;
    }
}
