using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
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
internal sealed record CaseRecord(string Id, LocalDate RequestedOn, CaseOutcome Outcome, LocalDate? IssuedOn, IReadOnlyList<LocalDate> Reviews)
{
    /// <summary>
    /// The case as the statutory engine's caseload record, as it was known on <paramref name="date"/>: the last
    /// review is the latest completed on or before that date. A declined request is recorded as a decision not to
    /// assess on the last day the law allows (EHC-ASSESS-DECISION, SEND Regulations 2014, reg 5(1)); the sample has no decision dates.
    /// </summary>
    public CaseloadRecord AsKnownOn(LocalDate date) => new(Id)
    {
        RequestReceived = RequestedOn,
        FinalIssued = IssuedOn,
        DecisionNotToAssess = Outcome == CaseOutcome.Declined ? DeadlineEngine.EnglandAndWales.Compute("EHC-ASSESS-DECISION", RequestedOn).Due : null,
        LastReviewMeeting = Reviews.Where(r => r <= date).Select(r => (LocalDate?)r).DefaultIfEmpty(null).Max(),
    };
}

/// <summary>Reads the caseload CSV of the scrutiny sample, reporting every bad cell with its line and column.</summary>
internal static class CaseloadCsv
{
    private static readonly string[] Header = ["case_id", "requested_on", "outcome", "issued_on", "reviews"];

    public static IReadOnlyList<CaseRecord>? Read(string path, string source, List<DataProblem> problems)
    {
        var before = problems.Count;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].Split(',').Select(h => h.Trim()).SequenceEqual(Header))
        {
            problems.Add(new DataProblem(source, "the caseload has the wrong header")
            {
                Line = 1,
                Column = 1,
                Value = lines.Length == 0 ? string.Empty : lines[0],
                Expected = string.Join(",", Header),
                Code = "SEND-CASELOAD-HEADER",
            });
            return null;
        }

        var cases = new List<CaseRecord>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            var lineNumber = i + 1;
            if (cells.Length != Header.Length)
            {
                problems.Add(new DataProblem(source, "wrong number of columns") { Line = lineNumber, Column = 1, Value = lines[i], Expected = Header.Length + " columns", Code = "SEND-CASELOAD-COLUMNS" });
                continue;
            }

            int Column(int index) => cells.Take(index).Sum(c => c.Length + 1) + 1;
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
            var reviews = new List<LocalDate>();
            foreach (var text in cells[4].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Date(4, text, required: true) is LocalDate review)
                {
                    reviews.Add(review);
                }
            }

            if (requested is LocalDate r && outcome is CaseOutcome o)
            {
                if (issued is LocalDate d && d < r)
                {
                    problems.Add(new DataProblem(source, "the plan is issued before it was requested") { Line = lineNumber, Column = Column(3), Field = "issued_on", Value = cells[3], Expected = "a date on or after " + cells[1], Code = "SEND-CASELOAD-ORDER" });
                }

                cases.Add(new CaseRecord(cells[0], r, o, issued, reviews));
            }
        }

        return problems.Count > before ? null : cases;
    }
}
