using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Send.Cli.Infrastructure;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Cli.Commands.Timescales;

/// <summary>Turns deadlines into the <c>--json</c> shape and into a plain table. Presentation only.</summary>
internal static class TimescalesOutput
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>
    /// Runs a command's body. With <c>--json</c>, a failure is written as one JSON object on standard output,
    /// <c>{"command": ..., "errors": [...]}</c> (each problem with its source, line, column, field, value, expected and
    /// code), and nothing else is; the exit code is unchanged (1 for data problems, 2 for usage errors).
    /// </summary>
    public static int Run(ParseResult parseResult, Option<bool> json, string command, Func<TextWriter, TextWriter, int> body)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (!parseResult.GetValue(json))
        {
            return body(output, error);
        }

        var buffered = new StringWriter(CultureInfo.InvariantCulture);
        var messages = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            var code = body(buffered, messages);
            if (code == ExitCodes.Success)
            {
                output.Write(buffered.ToString());
                return code;
            }

            var lines = messages.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            WriteJson(output, new FailureJson(command, code, lines.Select(l => new FailureMessageJson(l)).ToArray()));
            return code;
        }
        catch (DataException ex)
        {
            WriteJson(output, new ProblemsJson(
                command,
                ExitCodes.DataError,
                ex.Problems.Select(p => new ProblemJsonLine(p.Message, p.Source, p.Line, p.Column, p.Field, p.Value, p.Expected, p.Code, p.Severity.ToString(), p.ToString())).ToArray()));
            return ExitCodes.DataError;
        }
    }

    /// <summary>The status with its day count labelled: <c>overdue (45 days overdue)</c>, <c>met late (3 days late)</c>.</summary>
    public static string StatusText(StatutoryDeadline d)
    {
        var status = Snake(d.Status.ToString()).Replace('_', ' ');
        if (d.DaysLate is int late)
        {
            status += $" ({Days(late)} late)";
        }
        else if (d.DaysOverdue is int overdue)
        {
            status += $" ({Days(overdue)} overdue)";
        }

        return status;
    }

    public static string Days(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " day" : " days");

    public static DerivedDateJson Json(DerivedDate d) => new(
        d.Id,
        d.Title,
        Snake(d.Kind.ToString()),
        d.Date,
        d.RuleIds,
        d.Chain.Select(r => new CitationJson(r.Id, r.Citation.ToString())).ToArray(),
        d.Arithmetic,
        d.FallsOnNonWorkingDay,
        d.Note,
        d.Explain());

    public static void WriteDerived(TextWriter output, IReadOnlyList<DerivedDate> dates)
    {
        WriteRows(output, new[] { "Planning", "Date", "Kind", "Chains" }, dates.Select(d => new[]
        {
            d.Id, Iso.Format(d.Date) + " " + d.Date.DayOfWeek.ToString().Substring(0, 3), Snake(d.Kind.ToString()).Replace('_', ' '), string.Join(" + ", d.RuleIds),
        }).ToArray());
        foreach (var d in dates)
        {
            output.WriteLine($"{d.Id}: {d.Arithmetic}.");
        }
    }

    public static DeadlineJson Json(StatutoryDeadline d, string? caseId = null) => new(
        caseId,
        d.RuleId,
        d.Label,
        d.Rule.Title,
        d.Citation.ToString(),
        d.Trigger,
        d.Due,
        Snake(d.Status.ToString()),
        FlagNames(d.Flags),
        d.Arithmetic,
        d.CompletedOn,
        d.DaysLate,
        d.DaysOverdue,
        d.RollReason,
        d.LocalTarget,
        d.StatusNote,
        d.Exceptions.Select(e => new ExceptionJson(e.Id, e.Eligible, e.Invoked, e.Reason, e.Conditions.Select(c => new ConditionJson(c.Description, c.Met)).ToArray())).ToArray(),
        d.Explain());

    public static IReadOnlyList<string> FlagNames(DeadlineFlags flags) =>
        Enum.GetValues<DeadlineFlags>().Where(f => f != DeadlineFlags.None && (flags & f) == f).Select(f => Snake(f.ToString())).ToArray();

    public static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    public static void WriteJson<T>(TextWriter output, T value) => output.WriteLine(CliJson.Serialize(value));

    public static void WriteTable(TextWriter output, IEnumerable<StatutoryDeadline> deadlines, bool withCase = false, Func<StatutoryDeadline, string>? caseOf = null)
    {
        var list = deadlines.ToList();
        var withTarget = list.Any(d => d.LocalTarget is not null);
        var rows = new List<string[]>();
        var header = new List<string>();
        if (withCase)
        {
            header.Add("Case");
        }

        header.AddRange(new[] { "Rule", "Due", "Status" });
        if (withTarget)
        {
            header.Add("Local target (NON-STATUTORY)");
        }

        header.AddRange(new[] { "Flags", "Citation" });
        foreach (var d in list)
        {
            var rule = d.Label is null ? d.RuleId : $"{d.RuleId} ({d.Label})";
            var cells = new List<string>();
            if (withCase)
            {
                cells.Add(caseOf!(d));
            }

            cells.AddRange(new[] { rule, Iso.Format(d.Due) + " " + d.Due.DayOfWeek.ToString().Substring(0, 3), StatusText(d) });
            if (withTarget)
            {
                cells.Add(d.LocalTarget is LocalDate target ? Iso.Format(target) : string.Empty);
            }

            cells.AddRange(new[] { string.Join(", ", FlagNames(d.Flags)), d.Citation.Text });
            rows.Add(cells.ToArray());
        }

        WriteRows(output, header.ToArray(), rows);
        if (withTarget)
        {
            output.WriteLine("Local target: NON-STATUTORY pause-the-clock practice (--pause-clock); the statutory due dates above are unchanged.");
        }
    }

    public static void WriteRows(TextWriter output, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Min(60, Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => i == row.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        }
    }

    public static void WriteNotes(TextWriter output, IEnumerable<StatutoryDeadline> deadlines)
    {
        foreach (var d in deadlines.Where(d => d.RollReason is not null || d.FallsOnNonWorkingDay))
        {
            output.WriteLine(d.RollReason is not null
                ? $"{d.RuleId}: {d.RollReason} ({Iso.Format(d.Due)})."
                : $"{d.RuleId}: {Iso.Format(d.Due)} is a weekend or bank holiday; the Regulations do not move it (CNT-NOROLL).");
        }
    }

    public static string Percent(TimelinessFigure figure) => figure.Percent is decimal p
        ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : "not available";
}
