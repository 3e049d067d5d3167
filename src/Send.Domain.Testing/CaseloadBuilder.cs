using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Send.Domain.Statutory;

namespace Send.Domain.Testing;

/// <summary>
/// Builds a caseload (the rows of a caseload file, as <see cref="CaseloadRecord"/>s) in a test, for
/// <see cref="CaseloadAnalytics"/>, the SEN2 timeliness measure and the work-list.
/// </summary>
/// <remarks>
/// <para>
/// Rows are numbered as a caseload CSV reader numbers them: the first row is line 2 (line 1 being the header), so
/// problems and work-list entries name the line a person would look at. A record passed to <see cref="Add"/> keeps
/// any other fields it has (columns recorded, other columns) but gets its line number from its position.
/// </para>
/// <para>A builder is immutable: every method returns a new builder. <see cref="Empty"/> is the starting point.</para>
/// </remarks>
public sealed class CaseloadBuilder
{
    private readonly ImmutableList<CaseloadRecord> rows;

    private CaseloadBuilder(ImmutableList<CaseloadRecord> rows)
    {
        this.rows = rows;
    }

    /// <summary>A caseload with no rows.</summary>
    public static CaseloadBuilder Empty { get; } = new(ImmutableList<CaseloadRecord>.Empty);

    /// <summary>The number of rows added so far.</summary>
    public int Count => rows.Count;

    /// <summary>Adds a row built by hand (<c>new CaseloadRecord("C1") { RequestReceived = ... }</c>).</summary>
    /// <param name="record">The row.</param>
    /// <returns>A new builder with the row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public CaseloadBuilder Add(CaseloadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CaseloadBuilder(rows.Add(record));
    }

    /// <summary>Adds a case still waiting for its final plan or any decision: only the request is recorded.</summary>
    /// <param name="caseId">The case reference.</param>
    /// <param name="requestReceived">The day the request was received.</param>
    /// <returns>A new builder with the row.</returns>
    public CaseloadBuilder Open(string caseId, LocalDate requestReceived) =>
        Add(new CaseloadRecord(caseId) { RequestReceived = requestReceived });

    /// <summary>Adds a case whose final plan was issued, with or without a 20-week exception (SEN2 <c>Week20</c>).</summary>
    /// <param name="caseId">The case reference.</param>
    /// <param name="requestReceived">The day the request was received.</param>
    /// <param name="finalIssued">The day the final plan was issued.</param>
    /// <param name="exceptionApplies">Whether an exception to the 20-week limit applied.</param>
    /// <returns>A new builder with the row.</returns>
    public CaseloadBuilder Issued(string caseId, LocalDate requestReceived, LocalDate finalIssued, bool exceptionApplies) =>
        Add(new CaseloadRecord(caseId) { RequestReceived = requestReceived, FinalIssued = finalIssued, ExceptionApplies = exceptionApplies });

    /// <summary>Adds a case the council decided not to assess.</summary>
    /// <param name="caseId">The case reference.</param>
    /// <param name="requestReceived">The day the request was received.</param>
    /// <param name="decisionNotToAssess">The day the refusal was notified.</param>
    /// <returns>A new builder with the row.</returns>
    public CaseloadBuilder NotAssessed(string caseId, LocalDate requestReceived, LocalDate decisionNotToAssess) =>
        Add(new CaseloadRecord(caseId) { RequestReceived = requestReceived, DecisionNotToAssess = decisionNotToAssess });

    /// <summary>Adds a case with a plan, known only by its last annual review meeting (for review deadlines).</summary>
    /// <param name="caseId">The case reference.</param>
    /// <param name="finalIssued">The day the plan was first issued.</param>
    /// <param name="lastReviewMeeting">The day of the last review meeting.</param>
    /// <returns>A new builder with the row.</returns>
    public CaseloadBuilder Reviewed(string caseId, LocalDate finalIssued, LocalDate lastReviewMeeting) =>
        Add(new CaseloadRecord(caseId) { FinalIssued = finalIssued, LastReviewMeeting = lastReviewMeeting });

    /// <summary>Builds the rows, numbered from line 2.</summary>
    /// <returns>A new list of the rows in the order they were added.</returns>
    public IReadOnlyList<CaseloadRecord> Build()
    {
        var result = new CaseloadRecord[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            result[i] = rows[i] with { Line = i + 2 };
        }

        return result;
    }
}
