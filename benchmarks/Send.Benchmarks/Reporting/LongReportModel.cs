using System.Collections.Generic;
using System.Linq;

namespace Send.Benchmarks.Reporting;

/// <summary>A deterministic model for a report of about 100 pages (80 sections of prose, bullets and a 12-row table).</summary>
public sealed record LongReportModel
{
    public string Council { get; init; } = "Devon County Council";
    public string Title { get; init; } = "SEND Transformation Programme: annual report";
    public string ReportOf { get; init; } = "Director of Children & Young People's Futures";
    public IReadOnlyList<LongSection> Sections { get; init; } = Enumerable.Range(1, 80).Select(LongSection.Create).ToArray();
}

/// <summary>One section of <see cref="LongReportModel"/>.</summary>
public sealed record LongSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Bullets, IReadOnlyList<LongRow> Rows)
{
    public decimal TotalTarget => Rows.Sum(r => r.Target);
    public decimal TotalForecast => Rows.Sum(r => r.Forecast);

    public static LongSection Create(int n) => new(
        $"Programme strand {n}: progress and risks",
        Enumerable.Range(1, 6).Select(p => $"Paragraph {p} of strand {n}. The Council and its partners continue to deliver the agreed actions; the number of EHCP needs assessment requests continues to increase, and the service is recruiting to improve timeliness. Work with parents and carers, schools and health partners is reviewed monthly by the SEND Improvement Board, which reports to this Committee each quarter.").ToArray(),
        new[] { $"Milestone {n}.1 delivered", $"Milestone {n}.2 on track", $"Milestone {n}.3 at risk" },
        Enumerable.Range(1, 12).Select(r => new LongRow($"Workstream {n}.{r}", (r % 3) switch { 0 => "red", 1 => "green", _ => "amber" }, 1_000_000m * r, 950_000m * r)).ToArray());
}

/// <summary>One table row of <see cref="LongSection"/>.</summary>
public sealed record LongRow(string Name, string Status, decimal Target, decimal Forecast);
