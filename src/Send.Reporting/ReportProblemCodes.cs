namespace Send.Reporting;

/// <summary>
/// The stable codes (<see cref="Send.Domain.Validation.DataProblem.Code"/>) of the problems the report engine reports:
/// templates, Markdown, house style, charts, accessibility, report data and the report pack. Each is listed with its
/// meaning and its usual fix in <c>docs/problems.md</c>.
/// </summary>
/// <remarks>
/// Codes for data files and domain checks (a CSV, a JSON Schema, a deficit table) are in
/// <see cref="Send.Domain.Validation.ProblemCodes"/>; the two lists never share a code. Codes are stable across
/// releases; compare with these constants rather than parsing messages.
/// </remarks>
public static class ReportProblemCodes
{
    // The engine.

    /// <summary>A template does not parse or render: a syntax error, an unknown variable or member, a limit reached, a bad include.</summary>
    public const string Template = "SEND-TEMPLATE";

    /// <summary>The rendered Markdown uses a feature Send does not support (an unknown <c>:::</c> block, raw HTML, a bad title block).</summary>
    public const string Markdown = "SEND-MARKDOWN";

    /// <summary>The rendered Markdown nests lists, quotes or emphasis deeper than the engine allows.</summary>
    public const string MarkdownLimit = "SEND-MARKDOWN-LIMIT";

    /// <summary>A house-style reference .docx is unusable: not a Word file, invalid XML, or a required style missing.</summary>
    public const string HouseStyle = "SEND-HOUSE-STYLE";

    // Charts.

    /// <summary>A chart block line is not <c>key: value</c>.</summary>
    public const string ChartSyntax = "SEND-CHART-SYNTAX";

    /// <summary>A chart block has an unknown key.</summary>
    public const string ChartKey = "SEND-CHART-KEY";

    /// <summary>A chart's type is not <c>line</c> or <c>bar</c>.</summary>
    public const string ChartType = "SEND-CHART-TYPE";

    /// <summary>A chart has no <c>title:</c> line.</summary>
    public const string ChartTitle = "SEND-CHART-TITLE";

    /// <summary>A chart has no <c>categories:</c> line.</summary>
    public const string ChartCategories = "SEND-CHART-CATEGORIES";

    /// <summary>A chart has no series, or a series line is not <c>name | v1; v2; ...</c>.</summary>
    public const string ChartSeries = "SEND-CHART-SERIES";

    /// <summary>A chart series has more or fewer values than there are categories.</summary>
    public const string ChartCount = "SEND-CHART-COUNT";

    /// <summary>A chart value is neither a number, a gap nor a DfE symbol.</summary>
    public const string ChartNumber = "SEND-CHART-NUMBER";

    // Accessibility.

    /// <summary>A heading skips a level (<c>#</c> then <c>###</c>).</summary>
    public const string AccessibilityHeadingSkip = "SEND-A11Y-HEADING-SKIP";

    /// <summary>A table's header row has no text.</summary>
    public const string AccessibilityTableHeader = "SEND-A11Y-TABLE-HEADER";

    /// <summary>A link's text is its web address.</summary>
    public const string AccessibilityLinkText = "SEND-A11Y-LINK-TEXT";

    /// <summary>A fill of the house style gives black text less than 4.5:1 contrast.</summary>
    public const string AccessibilityContrast = "SEND-A11Y-CONTRAST";

    // Report data and the report pack.

    /// <summary>A data source cannot be bound: two roots, a name bound twice, a root that is not an object, an unknown kind of file.</summary>
    public const string DataSource = "SEND-DATA-SOURCE";

    /// <summary>A JSON data file cannot be bound as it is (a number out of range, a member named twice).</summary>
    public const string DataJson = "SEND-DATA-JSON";

    /// <summary>A CSV or .xlsx data source has a bad header or a bad cell.</summary>
    public const string DataCell = "SEND-DATA-CELL";

    /// <summary>A JSON data file does not fit the template's declared model type.</summary>
    public const string DataRead = "SEND-DATA-READ";

    /// <summary>A value bound for a date (a caseload's as-at date) is not an ISO date.</summary>
    public const string DataDate = "SEND-DATA-DATE";

    /// <summary>A file a report needs (data, caseload) does not exist or is outside the data folder.</summary>
    public const string ReportFile = "SEND-REPORT-FILE";

    /// <summary>A template declares a model this engine does not know, or not the model its route expects.</summary>
    public const string ReportModel = "SEND-REPORT-MODEL";

    /// <summary>A template with a declared model has no data schema beside it.</summary>
    public const string ReportSchema = "SEND-REPORT-SCHEMA";

    /// <summary>A template folder has no template file.</summary>
    public const string ReportTemplate = "SEND-REPORT-TEMPLATE";

    /// <summary>A report could not be written (a folder, device or read-only file in the way).</summary>
    public const string ReportWrite = "SEND-REPORT-WRITE";

    /// <summary>The KPI benchmark template was not found.</summary>
    public const string KpiTemplate = "SEND-KPI-TEMPLATE";

    /// <summary>A KPI row in report data names an id that is not in the catalogue.</summary>
    public const string KpiId = "SEND-KPI-ID";

    /// <summary>A KPI row in report data has an unknown polarity.</summary>
    public const string KpiPolarity = "SEND-KPI-POLARITY";

    /// <summary>A KPI row's display precision is not a whole number of places from 0 to 6.</summary>
    public const string KpiDecimals = "SEND-KPI-DECIMALS";

    /// <summary>A savings plan's strand targets do not add up to its target; the difference is shown as unallocated.</summary>
    public const string SavingsTotal = "SEND-SAVINGS-TOTAL";

    /// <summary>A deficit year in report data has an unknown status (outturn, forecast or budget).</summary>
    public const string DsgStatus = "SEND-DSG-STATUS";

    /// <summary>A deficit year in report data is not a financial year label such as 2024/25.</summary>
    public const string DsgYear = "SEND-DSG-YEAR";

    /// <summary>A DBV summary's history has fewer than two years.</summary>
    public const string DbvHistory = "SEND-DBV-HISTORY";

    /// <summary>A DBV summary's number of plans is not positive.</summary>
    public const string DbvPlans = "SEND-DBV-PLANS";

    /// <summary>A scrutiny caseload CSV has the wrong header.</summary>
    public const string CaseloadHeader = "SEND-CASELOAD-HEADER";

    /// <summary>A scrutiny caseload CSV row has the wrong number of columns.</summary>
    public const string CaseloadColumns = "SEND-CASELOAD-COLUMNS";

    /// <summary>A scrutiny caseload CSV date is not an ISO date.</summary>
    public const string CaseloadDate = "SEND-CASELOAD-DATE";

    /// <summary>A scrutiny caseload CSV outcome is not open, issued or declined.</summary>
    public const string CaseloadOutcome = "SEND-CASELOAD-OUTCOME";

    /// <summary>A scrutiny caseload CSV plan is issued before it was requested.</summary>
    public const string CaseloadOrder = "SEND-CASELOAD-ORDER";

    /// <summary>A scrutiny caseload CSV date is outside the years the bank-holiday calendar covers.</summary>
    public const string CaseloadRange = "SEND-CASELOAD-RANGE";

    /// <summary>A scrutiny caseload CSV quoted field is never closed.</summary>
    public const string CaseloadQuote = "SEND-CASELOAD-QUOTE";
}
