using System.Collections.Generic;
using NodaTime;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>The EHCP process section's inputs: the caseload file and the dates the headlines are measured at.</summary>
public sealed class EhcpSection
{
    /// <summary>Gets the caseload CSV file, relative to the data file (columns case_id, requested_on, outcome, issued_on, reviews).</summary>
    public required string CaseloadFile { get; init; }

    /// <summary>Gets the date the headlines are measured at (the end of the last whole month reported).</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the number of recent months averaged for plans issued (Devon: six).</summary>
    public int RecentMonths { get; set; } = 6;

    /// <summary>Gets the number of months before those, averaged for comparison (Devon: five).</summary>
    public int PreviousMonths { get; set; } = 5;

    /// <summary>Gets the paragraphs on communications with families.</summary>
    public IReadOnlyList<string> Communications { get; set; } = [];
}
