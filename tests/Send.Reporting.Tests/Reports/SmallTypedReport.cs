using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Send.Domain.Validation;
using Send.Reporting.Reports;

namespace Send.Reporting.Tests.Reports;

/// <summary>
/// A council developer's own report model, used only by the tests of the typed route (no report that ships with Send
/// is typed): a title block, a history of years, scenarios, an optional programme of strands with a rating, and a
/// member computed by <see cref="Prepare"/>.
/// </summary>
public sealed class SmallTypedReport : IReportModel
{
    public required SmallTitle TitleBlock { get; init; }

    public IReadOnlyList<string> Journey { get; set; } = [];

    public required IReadOnlyList<SmallYear> History { get; init; }

    public required SmallScenarios Scenarios { get; init; }

    public SmallProgramme? Programme { get; init; }

    /// <summary>Gets the total of the history's amounts, computed by <see cref="Prepare"/> (never read from the data).</summary>
    public decimal? Headlines { get; private set; }

    public IReadOnlyList<DataProblem> Prepare(ReportDataContext context)
    {
        Headlines = History.Sum(h => h.AmountM);
        return History.Count == 0
            ? new[] { new DataProblem(context.DataPath, "the history is empty") { Field = "history", Expected = "one year or more", Code = "SEND-TEST-HISTORY" } }
            : [];
    }
}

public sealed class SmallTitle
{
    public required string Council { get; init; }

    public required string Title { get; init; }

    public LocalDate? MeetingDate { get; init; }
}

public sealed class SmallYear
{
    public required string Year { get; init; }

    public required decimal AmountM { get; init; }
}

public sealed class SmallScenarios
{
    public required decimal OpeningDeficitM { get; init; }

    public required IReadOnlyList<SmallYear> Years { get; init; }
}

public sealed class SmallProgramme
{
    public required string Introduction { get; init; }

    public required IReadOnlyList<SmallStrand> Strands { get; init; }
}

public sealed class SmallStrand
{
    public required string Name { get; init; }

    public SmallRating Rag { get; init; }
}

public enum SmallRating
{
    NotRated = 0,
    Green = 1,
    Amber = 2,
    Red = 3,
}
