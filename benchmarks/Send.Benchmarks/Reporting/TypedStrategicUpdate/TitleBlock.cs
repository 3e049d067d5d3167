using NodaTime;

namespace Send.Benchmarks.Reporting.TypedStrategicUpdate;

/// <summary>The title block at the top of a committee paper: council, meeting, date, title and whose report it is.</summary>
/// <remarks>Immutable once read. Optional parts are null and are left out of the rendered title block.</remarks>
public sealed class TitleBlock
{
    /// <summary>Gets the council, for example "Devon County Council".</summary>
    public required string Council { get; init; }

    /// <summary>Gets the meeting or body the paper goes to, for example "Children's Scrutiny Committee"; null if none.</summary>
    public string? Meeting { get; init; }

    /// <summary>Gets the date of the meeting; null if not yet set.</summary>
    public LocalDate? MeetingDate { get; init; }

    /// <summary>Gets the paper's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets whose report it is, for example "Report of the Director of Children &amp; Young People's Futures"; null if none.</summary>
    public string? ReportOf { get; init; }

    /// <summary>Gets a notice printed under the title (for example that recommendations are subject to the committee); null if none.</summary>
    public string? Notice { get; init; }
}
