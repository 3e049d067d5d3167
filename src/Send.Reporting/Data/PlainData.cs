using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Send.Data.Finance;
using Send.Data.Kpis;
using Send.Data.Statutory;
using Send.Domain.Finance;
using Send.Domain.Kpis;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>
/// Turns bound data (a <see cref="BoundObject"/> read from JSON) into domain objects with the very readers the
/// <c>send finance</c>, <c>send kpi</c> and <c>send timescales</c> commands use, so that a template's
/// <c>dsg_table deficit</c> and <c>send finance deficit</c> on the same data give the same verdict and the same
/// message from the same code.
/// </summary>
/// <remarks>
/// The data must have the shape of that command's input file (same member names, the schemas in
/// <c>docs/schemas</c>). Problems the reader finds are moved onto the data file's own lines and fields
/// (<see cref="DataOrigin.Locate"/>) and thrown together as a <see cref="DataException"/>, which the engine reports
/// as they are. Stateless and thread-safe.
/// </remarks>
public static partial class PlainData
{
    /// <summary>Reads a published DSG deficit table (<c>finance-deficit-table.schema.json</c>) and reconciles it with <see cref="DeficitTableReconciler"/>, with its Safety Valve agreement when it has one, exactly as <c>send finance deficit</c> does with its default options.</summary>
    /// <param name="value">The bound object.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The document and its reconciliation.</returns>
    /// <exception cref="DataException">The data is not a valid deficit table, or a row or link does not reconcile (each problem located in the data file).</exception>
    /// <exception cref="ArgumentException">The value is not bound JSON data.</exception>
    public static (DeficitTableDocument Document, DeficitReconciliation Reconciliation) DeficitTable(object? value, string function)
    {
        var (bound, json) = Json(value, function, "a DSG deficit table (docs/schemas/finance-deficit-table.schema.json)");
        var document = Checked(DeficitTableReader.Read(json, bound.Origin.Source), bound);
        // As send finance deficit does with its default options: the table, and its Safety Valve column and conditions
        // against the agreement when the data has one.
        var reconciliation = new DeficitTableReconciler().Reconcile(document.Table, document.SafetyValve);
        ThrowErrors(reconciliation.Problems, bound);
        return (document, reconciliation);
    }

    /// <summary>Reads a savings programme (<c>finance-savings-programme.schema.json</c>).</summary>
    /// <param name="value">The bound object.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="DataException">The data is not a valid savings programme (each problem located in the data file).</exception>
    /// <exception cref="ArgumentException">The value is not bound JSON data.</exception>
    public static SavingsProgramme Savings(object? value, string function)
    {
        var (bound, json) = Json(value, function, "a savings programme (docs/schemas/finance-savings-programme.schema.json)");
        return Checked(SavingsProgrammeReader.Read(json, bound.Origin.Source), bound);
    }

    /// <summary>Reads a KPI table file (the input of <c>send kpi table</c>) against the built-in KPI catalogue.</summary>
    /// <param name="value">The bound object.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The KPI table.</returns>
    /// <exception cref="DataException">The data is not a valid KPI table (each problem located in the data file).</exception>
    /// <exception cref="ArgumentException">The value is not bound JSON data.</exception>
    public static KpiTable Kpis(object? value, string function)
    {
        var (bound, json) = Json(value, function, "a KPI table (the input of send kpi table)");
        var table = KpiTableFile.Load(json, bound.Origin.Source, KpiCatalogue.BuiltIn, out var problems);
        ThrowErrors(problems, bound);
        return table ?? throw new DataException(new[] { bound.Origin.Locate(new DataProblem(bound.Origin.Source, "no KPI table could be read")) });
    }

    /// <summary>Reads an EHCP case history (<c>ehc-case.schema.json</c>, the input of <c>send timescales case</c>) and evaluates its statutory deadlines as at <paramref name="asAt"/>.</summary>
    /// <param name="value">The bound object.</param>
    /// <param name="asAt">The date to evaluate at: a NodaTime date or ISO text.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The case's deadlines.</returns>
    /// <exception cref="DataException">The data is not a valid case history (each problem located in the data file).</exception>
    /// <exception cref="ArgumentException">The value is not bound JSON data, or the date is not a date.</exception>
    public static IReadOnlyList<StatutoryDeadline> CaseDeadlines(object? value, object? asAt, string function)
    {
        var date = asAt switch
        {
            LocalDate d => d,
            string text when LocalDatePattern.Iso.Parse(text) is { Success: true } parsed => parsed.Value,
            _ => throw new ArgumentException($"{function}: a case needs the date to evaluate it at as the second argument (found {(asAt is null ? "nothing" : "'" + asAt + "'")}); expected a date such as \"2025-03-31\""),
        };
        var (bound, json) = Json(value, function, "an EHCP case history (docs/schemas/ehc-case.schema.json)");
        var ehcCase = CaseFile.TryParse(json, bound.Origin.Source, out var problems);
        ThrowErrors(problems, bound);
        return DeadlineEngine.EnglandAndWales.Evaluate(ehcCase!, date).Deadlines;
    }

    /// <summary>
    /// Reads a caseload (the input of <c>send timescales due --caseload</c>, <c>docs/statutory-timescales.md</c>)
    /// bound from a CSV file with <c>--data name=file.csv</c>: the file is read again by <see cref="CaseloadCsv"/>,
    /// the very reader the command uses, so its problems carry the file's own lines and columns.
    /// </summary>
    /// <param name="value">The bound rows of a CSV file.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The caseload records.</returns>
    /// <exception cref="DataException">The file is not a valid caseload (each problem located in the file).</exception>
    /// <exception cref="ArgumentException">The value is not rows bound from a CSV file.</exception>
    public static IReadOnlyList<CaseloadRecord> Caseload(object? value, string function)
    {
        var source = value is BoundArray { Origin: { Cell: null, Json: null } origin } && origin.Source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? origin.Source
            : throw new ArgumentException($"{function}: found {(value is null ? "nothing (null)" : "a " + value.GetType().Name)}; expected a caseload: rows bound from a caseload CSV file (--data caseload=cases.csv) or a list of CaseloadRecord");
        string text;
        try
        {
            text = System.IO.File.ReadAllText(source);
        }
        catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException)
        {
            throw new DataException(new[] { new DataProblem(source, "the caseload file could not be read again: " + ex.Message) });
        }

        var records = CaseloadCsv.TryParse(text, source, out var problems);
        var errors = problems.Where(p => p.Severity == DataProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new DataException(errors);
        }

        return records;
    }

    private static (BoundObject Bound, string Json) Json(object? value, string function, string expected) => value switch
    {
        BoundObject { Origin.Json: string json } bound => (bound, json),
        _ => throw new ArgumentException($"{function}: found {(value is null ? "nothing (null)" : "a " + value.GetType().Name)}; expected {expected}"),
    };

    private static T Checked<T>(LoadResult<T> result, BoundObject bound)
        where T : class
    {
        ThrowErrors(result.Problems, bound);
        return result.Value!;
    }

    private static void ThrowErrors(IEnumerable<DataProblem> problems, BoundObject bound)
    {
        var errors = problems.Where(p => p.Severity == DataProblemSeverity.Error).Select(p => Locate(p, bound)).ToList();
        if (errors.Count > 0)
        {
            throw new DataException(errors);
        }
    }

    /// <summary>A problem found in <paramref name="bound"/>'s own text (or by a field relative to it) located in the data file; a problem with only a field gets that field's line.</summary>
    /// <param name="problem">The problem, relative to the bound object.</param>
    /// <param name="bound">The bound object.</param>
    /// <returns>The problem located in the data file.</returns>
    internal static DataProblem Locate(DataProblem problem, BoundObject bound)
    {
        if (problem.Line is null && problem.Field is not null && bound.Find(problem.Field) is { } position)
        {
            problem = problem with { Line = position.Line - (bound.Origin.Line ?? 1) + 1, Column = position.Line == bound.Origin.Line ? position.Column - (bound.Origin.Column ?? 1) + 1 : position.Column };
        }

        return bound.Origin.Locate(problem);
    }
}
