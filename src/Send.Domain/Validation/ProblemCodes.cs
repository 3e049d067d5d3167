namespace Send.Domain.Validation;

/// <summary>
/// The stable codes (<see cref="DataProblem.Code"/>) of the problems Send's domain types and data readers report: one
/// constant a kind of problem, each listed with its meaning and its usual fix in <c>docs/problems.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// A code names a kind of problem, not one message: <see cref="Csv"/> covers every way a caseload CSV can be
/// malformed, and the <see cref="DataProblem.Message"/> says which. Codes are stable across releases; a new kind of
/// problem gets a new code rather than reusing one. Compare <see cref="DataProblem.Code"/> with these constants rather
/// than parsing messages.
/// </para>
/// <para>
/// This class is not every code Send reports: the report engine's codes (templates, Markdown, house style, charts,
/// accessibility) are in <c>Send.Reporting.ReportProblemCodes</c>, because this package knows nothing of Word or
/// templates. A test keeps both lists, the docs and every code written in Send's source in agreement.
/// </para>
/// </remarks>
public static class ProblemCodes
{
    // Files and text.

    /// <summary>A file named on the command line or in a data file does not exist.</summary>
    public const string File = "SEND-FILE";

    /// <summary>A file is not valid UTF-8 (for example a Windows-1252 <c>£</c>).</summary>
    public const string Encoding = "SEND-ENCODING";

    /// <summary>Text holds a character no document can hold (a control character, U+FFFE/U+FFFF, half a surrogate pair).</summary>
    public const string TextCharacter = "SEND-TEXT-CHAR";

    /// <summary>A JSON file is malformed (the JSON reader's error, at its line and column).</summary>
    public const string Json = "SEND-JSON";

    /// <summary>A JSON document breaks its JSON Schema (a missing property, a wrong type, a misspelt name, a bad date).</summary>
    public const string Schema = "SEND-SCHEMA";

    /// <summary>A JSON Schema itself is unusable (an unsupported keyword, a keyword of the wrong kind, a broken <c>$ref</c>).</summary>
    public const string SchemaDefinition = "SEND-SCHEMA-DEFINITION";

    /// <summary>A CSV file is malformed, or a caseload CSV's header, ids or yes/no values are wrong.</summary>
    public const string Csv = "SEND-CSV";

    /// <summary>A quoted CSV field is never closed.</summary>
    public const string CsvQuote = "SEND-CSV-QUOTE";

    /// <summary>An .xlsx workbook, sheet or cell cannot be read.</summary>
    public const string Xlsx = "SEND-XLSX";

    // Calendars and statutory cases.

    /// <summary>A school calendar or bank-holiday file is inconsistent (terms overlapping or ending before they start, an impossible date).</summary>
    public const string Calendar = "SEND-CALENDAR";

    /// <summary>A date in a case file is missing, impossible or not in the form YYYY-MM-DD.</summary>
    public const string Date = "SEND-DATE";

    /// <summary>A case history does not make sense (events out of order, an unknown rule id, an exception missing a property).</summary>
    public const string Case = "SEND-CASE";

    // Finance.

    /// <summary>A finance data file has a missing, mistyped or impossible field.</summary>
    public const string FinanceData = "SEND-FIN-DATA";

    /// <summary>A deficit table has no years, or its years are repeated, out of order or have a gap.</summary>
    public const string FinanceYears = "SEND-FIN-YEARS";

    /// <summary>A deficit table's figures contradict its declared sign convention.</summary>
    public const string FinanceSign = "SEND-FIN-SIGN";

    /// <summary>A year's brought-forward balance is not the previous year's carried-forward balance, and no restatement explains it.</summary>
    public const string FinanceLink = "SEND-FIN-LINK";

    /// <summary>A year's brought-forward balance restates the previous year's carried-forward balance (reported, with the note that explains it).</summary>
    public const string FinanceRestated = "SEND-FIN-RESTATED";

    /// <summary>A year's carried-forward balance does not follow from its row (brought forward, in-year, contributions) beyond rounding.</summary>
    public const string FinanceReconciliation = "SEND-FIN-RECON";

    /// <summary>The first balance plus every year's movements does not give the last carried-forward balance, beyond rounding.</summary>
    public const string FinanceTelescope = "SEND-FIN-TELESCOPE";

    /// <summary>A Safety Valve agreement's payments do not add up to its total, or fall outside its years.</summary>
    public const string SafetyValve = "SEND-FIN-SV";

    /// <summary>A deficit table's Safety Valve figure for a year is not what the agreement schedules for that year.</summary>
    public const string SafetyValveSchedule = "SEND-FIN-SV-SCHEDULE";

    /// <summary>A savings programme's strands do not add up to its target, or a strand is for another year.</summary>
    public const string Savings = "SEND-FIN-SAVINGS";

    /// <summary>A High Needs cost model has a negative cost, a saving outside its projection or savings above the spend.</summary>
    public const string CostModel = "SEND-FIN-COST";

    /// <summary>A finance table read from a spreadsheet or CSV: a missing file or sheet, a bad range, an unrecognised header or cell.</summary>
    public const string FinanceSheet = "SEND-FIN-SHEET";

    /// <summary>A deficit table's further lines (funding, High Needs Block, positions) do not reconcile with the year's figures, or a position is printed twice.</summary>
    public const string FinanceLines = "SEND-FIN-LINES";

    /// <summary>A year's statutory override statement differs from the known periods, or a deficit is carried forward in a year no known period covers (a warning).</summary>
    public const string StatutoryOverride = "SEND-FIN-OVERRIDE";

    /// <summary>Forecast scenarios or plan versions cannot be compared: a mitigated figure worse than the unmitigated one, different measures, or years that do not match.</summary>
    public const string FinanceScenario = "SEND-FIN-SCENARIO";

    /// <summary>A Safety Valve re-profile changes the total of the DfE's payments (a re-profile moves payments between years; a warning).</summary>
    public const string SafetyValveReprofile = "SEND-FIN-SV-REPROFILE";

    /// <summary>A Safety Valve condition's RAG history has a round twice or out of order (a warning).</summary>
    public const string SafetyValveHistory = "SEND-FIN-SV-HISTORY";

    // KPIs and DfE data.

    /// <summary>A KPI id is not in the catalogue (or a definitions file).</summary>
    public const string KpiUnknown = "SEND-KPI-UNKNOWN";

    /// <summary>A KPI id is defined twice.</summary>
    public const string KpiDuplicate = "SEND-KPI-DUPLICATE";

    /// <summary>A KPI value is neither a number nor a statistical symbol, or is too large or too precise.</summary>
    public const string KpiValue = "SEND-KPI-VALUE";

    /// <summary>A KPI value is outside the range its unit allows (a percentage above 100, say).</summary>
    public const string KpiRange = "SEND-KPI-RANGE";

    /// <summary>A KPI value's period does not fit the KPI's period type (an academic year for a financial-year measure).</summary>
    public const string KpiPeriod = "SEND-KPI-PERIOD";

    /// <summary>A KPI row names a comparator the table does not list.</summary>
    public const string KpiComparator = "SEND-KPI-COMPARATOR";

    /// <summary>A KPI RAG rule is malformed (an unknown type, a missing target, an unknown tolerance kind).</summary>
    public const string KpiRag = "SEND-KPI-RAG";

    /// <summary>A benchmark pack names no measures.</summary>
    public const string KpiPack = "SEND-KPI-PACK";

    /// <summary>A DfE data file the KPI commands need is missing from the data folder.</summary>
    public const string KpiData = "SEND-KPI-DATA";

    /// <summary>More KPI problems were found than are listed.</summary>
    public const string KpiMore = "SEND-KPI-MORE";

    /// <summary>An explore-education-statistics (EES) data file's header is empty, repeats a column or lacks a required one.</summary>
    public const string EesHeader = "SEND-EES-HEADER";

    /// <summary>An EES data row has the wrong number of fields.</summary>
    public const string EesRow = "SEND-EES-ROW";

    /// <summary>An EES <c>time_period</c> does not fit the KPI's period type.</summary>
    public const string EesPeriod = "SEND-EES-PERIOD";

    /// <summary>An EES value is neither a number nor a DfE symbol.</summary>
    public const string EesValue = "SEND-EES-VALUE";

    /// <summary>An EES file's total rows cannot be identified (a filter column never holds <c>Total</c>).</summary>
    public const string EesTotals = "SEND-EES-TOTALS";

    /// <summary>A LAIT file's header, or the LAIT data dictionary's, is not the expected one.</summary>
    public const string LaitHeader = "SEND-LAIT-HEADER";

    /// <summary>A LAIT row has the wrong number of fields, no measure code or a non-numeric LA number.</summary>
    public const string LaitRow = "SEND-LAIT-ROW";

    /// <summary>A LAIT value is neither a number nor a symbol.</summary>
    public const string LaitValue = "SEND-LAIT-VALUE";

    /// <summary>A LAIT year label is not understood; its rows are skipped.</summary>
    public const string LaitYear = "SEND-LAIT-YEAR";

    /// <summary>A LAIT data dictionary polarity is unknown; the measure is read as having no polarity.</summary>
    public const string LaitPolarity = "SEND-LAIT-POLARITY";

    /// <summary>A LAIT data dictionary <c>dps</c> is not a number of decimal places; 1 is used.</summary>
    public const string LaitDecimalPlaces = "SEND-LAIT-DPS";

    /// <summary>A LAIT look-up (measure, council or year) found nothing.</summary>
    public const string LaitLookup = "SEND-LAIT-LOOKUP";

    /// <summary>More LAIT problems were found than are listed.</summary>
    public const string LaitMore = "SEND-LAIT-MORE";

    /// <summary>A statistical-neighbour workbook has no header row or lacks its columns.</summary>
    public const string StatisticalNeighbourHeader = "SEND-SN-HEADER";

    /// <summary>A statistical-neighbour row has a non-numeric LA number; it is skipped.</summary>
    public const string StatisticalNeighbourRow = "SEND-SN-ROW";

    /// <summary>An LA code list's first row is not the expected header.</summary>
    public const string LaCodeHeader = "SEND-LACODE-HEADER";

    /// <summary>An LA code list row lacks a numeric LA number or a name; it is skipped.</summary>
    public const string LaCodeRow = "SEND-LACODE-ROW";
}
