// This file is shared source: Send.Analyzers compiles the same file (linked, not copied) so that the build-time
// template checks know exactly which names a template may call. Keep it dependency-free and netstandard2.0-clean.
// The runtime registers functions under these constants only; a test fails when the two lists drift apart.
namespace Send.Reporting.Templating;

/// <summary>
/// Every global name a report template may use besides its model's members and the variables it assigns:
/// Send's template functions and the Scriban built-in modules that the engine keeps.
/// </summary>
/// <remarks>
/// Scriban's <c>date</c>, <c>object</c>, <c>html</c>, <c>regex</c> and <c>timespan</c> modules are deliberately
/// absent: <c>date.now</c> would read the system clock, and the others are not needed to write a report.
/// </remarks>
public static class TemplateFunctionNames
{
    /// <summary><c>format_date date</c>: a NodaTime <c>LocalDate</c> in en-GB long form, "24 October 2024".</summary>
    public const string FormatDate = "format_date";

    /// <summary><c>format_money amount [decimals]</c>: money in the council-paper style, "£84.5m", "£17,000".</summary>
    public const string FormatMoney = "format_money";

    /// <summary><c>format_money_table amount [decimals]</c>: money in the £m table style, "35.214".</summary>
    public const string FormatMoneyTable = "format_money_table";

    /// <summary><c>format_percent value</c>: a percentage (18.42 means 18.42%) to one decimal place, "18.4%".</summary>
    public const string FormatPercent = "format_percent";

    /// <summary><c>format_number value [decimals]</c>: a number with thousands separators, "1,070".</summary>
    public const string FormatNumber = "format_number";

    /// <summary><c>sum values [member]</c>: the total of a list of numbers, or of one member of each row, "1,558".</summary>
    public const string Sum = "sum";

    /// <summary><c>period_label period</c>: the label of a financial or academic year, "2024/25".</summary>
    public const string PeriodLabel = "period_label";

    /// <summary><c>raw text</c>: marks text as trusted Markdown so that it is written without escaping.</summary>
    public const string Raw = "raw";

    /// <summary><c>rag status</c>: a RAG marker for a table cell ("red", "amber" or "green"); the colour comes from the house style.</summary>
    public const string Rag = "rag";

    /// <summary><c>dsg_table account [decimals]</c>: the DSG deficit roll-forward table (£m), carried-forward row as totals.</summary>
    public const string DsgTable = "dsg_table";

    /// <summary><c>dsg_reconciliation_table reconciliation</c>: a published DSG table checked year by year, with markers.</summary>
    public const string DsgReconciliationTable = "dsg_reconciliation_table";

    /// <summary><c>savings_table programme</c>: savings strands with RAG, target, forecast, shortfall and a Total row.</summary>
    public const string SavingsTable = "savings_table";

    /// <summary><c>safety_valve_table evaluation</c>: Safety Valve conditions with RAG, what the figures say and commentary.</summary>
    public const string SafetyValveTable = "safety_valve_table";

    /// <summary><c>scenario_table</c>: two forecasts compared year by year.</summary>
    public const string ScenarioTable = "scenario_table";

    /// <summary><c>kpi_table table</c>: KPI values against comparators, shaded by the KPI engine's verdicts, with RAG.</summary>
    public const string KpiTable = "kpi_table";

    /// <summary><c>deadline_table deadlines</c>: statutory deadlines with due date, status and citation.</summary>
    public const string DeadlineTable = "deadline_table";

    /// <summary><c>due_table caseload as_at [window]</c>: the caseworker's work-list, overdue first, with days left and citation.</summary>
    public const string DueTable = "due_table";

    /// <summary><c>caseload_summary caseload [as_at]</c>: what <c>send timescales caseload --json</c> prints, as template data.</summary>
    public const string CaseloadSummary = "caseload_summary";

    /// <summary><c>ehcp_headlines caseload [as_at] [recent_months] [previous_months]</c>: the EHCP headlines of a committee paper from a caseload.</summary>
    public const string EhcpHeadlines = "ehcp_headlines";

    /// <summary><c>backlog_table caseload [as_at]</c>: open assessment requests by weeks since the request, with a total.</summary>
    public const string BacklogTable = "backlog_table";

    /// <summary><c>sen2_timeliness_table caseload [as_at]</c>: SEN2 20-week timeliness of new plans by year of issue.</summary>
    public const string Sen2TimelinessTable = "sen2_timeliness_table";

    /// <summary><c>include 'name'</c>: renders another template from the same folder in place.</summary>
    public const string Include = "include";

    /// <summary>Scriban's string functions (<c>string.upcase</c> ...).</summary>
    public const string StringModule = "string";

    /// <summary>Scriban's array functions (<c>array.size</c> ...).</summary>
    public const string ArrayModule = "array";

    /// <summary>Scriban's math functions (<c>math.round</c> ...).</summary>
    public const string MathModule = "math";

    /// <summary>Scriban's <c>empty</c> value, for tests such as <c>if list == empty</c>.</summary>
    public const string Empty = "empty";

    /// <summary>Scriban's <c>blank</c> value.</summary>
    public const string Blank = "blank";

    /// <summary>All the names above, in the order they are declared.</summary>
    public static readonly string[] All =
    {
        FormatDate, FormatMoney, FormatMoneyTable, FormatPercent, FormatNumber, Sum, PeriodLabel, Raw, Rag,
        DsgTable, DsgReconciliationTable, SavingsTable, SafetyValveTable, ScenarioTable, KpiTable, DeadlineTable, DueTable, CaseloadSummary, EhcpHeadlines, BacklogTable, Sen2TimelinessTable, Include,
        StringModule, ArrayModule, MathModule, Empty, Blank,
    };
}
