using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Send.Cli.Infrastructure;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary>Turns deadlines into the <c>--json</c> shape and into a plain table. Presentation only.</summary>
internal static class TimescalesOutput
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static object Json(StatutoryDeadline d, string? caseId = null) => new
    {
        CaseId = caseId,
        Rule = d.RuleId,
        d.Label,
        Title = d.Rule.Title,
        Citation = d.Citation.ToString(),
        d.Trigger,
        d.Due,
        Status = Snake(d.Status.ToString()),
        Flags = FlagNames(d.Flags),
        d.Arithmetic,
        d.CompletedOn,
        d.DaysLate,
        d.DaysOverdue,
        d.RollReason,
        LocalTargetNonStatutory = d.LocalTarget,
        d.StatusNote,
        Exceptions = d.Exceptions.Select(e => new { e.Id, e.Eligible, e.Invoked, e.Reason }).ToArray(),
        Explanation = d.Explain(),
    };

    public static IReadOnlyList<string> FlagNames(DeadlineFlags flags) =>
        Enum.GetValues<DeadlineFlags>().Where(f => f != DeadlineFlags.None && (flags & f) == f).Select(f => Snake(f.ToString())).ToArray();

    public static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    public static void WriteJson(TextWriter output, object value) => output.WriteLine(CliJson.Serialize(value));

    public static void WriteTable(TextWriter output, IEnumerable<StatutoryDeadline> deadlines, bool withCase = false, Func<StatutoryDeadline, string>? caseOf = null)
    {
        var rows = new List<string[]>();
        var header = withCase
            ? new[] { "Case", "Rule", "Due", "Status", "Flags", "Citation" }
            : new[] { "Rule", "Due", "Status", "Flags", "Citation" };
        foreach (var d in deadlines)
        {
            var status = Snake(d.Status.ToString()).Replace('_', ' ');
            if (d.DaysLate is int late)
            {
                status += $" ({late} d late)";
            }
            else if (d.DaysOverdue is int overdue)
            {
                status += $" ({overdue} d)";
            }

            var rule = d.Label is null ? d.RuleId : $"{d.RuleId} ({d.Label})";
            var cells = new List<string>();
            if (withCase)
            {
                cells.Add(caseOf!(d));
            }

            cells.AddRange(new[] { rule, Iso.Format(d.Due) + " " + d.Due.DayOfWeek.ToString().Substring(0, 3), status, string.Join(", ", FlagNames(d.Flags)), d.Citation.Text });
            rows.Add(cells.ToArray());
        }

        WriteRows(output, header, rows);
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
