using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>
/// A report's data bound as it is, from one or more <see cref="DataSource"/>s, ready to render: the template's
/// variables as one Scriban object, without a C# model and without reflection.
/// </summary>
/// <remarks>Immutable once loaded. See <see cref="JsonData"/> and <see cref="TableData"/> for how each kind of file binds.</remarks>
public sealed class ReportData
{
    private ReportData(BoundObject globals, IReadOnlyDictionary<string, IReadOnlyList<TableColumn>> columns, string? rootJson)
    {
        Globals = globals;
        Columns = columns;
        RootJson = rootJson;
    }

    /// <summary>Gets the template's variables: the root JSON's members and one variable per named source.</summary>
    internal BoundObject Globals { get; }

    /// <summary>Gets, for each CSV or .xlsx source, its columns and their types (what <c>send check</c> states).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TableColumn>> Columns { get; }

    /// <summary>Gets the root JSON file's path, or null when no source binds the root.</summary>
    public string? RootJson { get; }

    /// <summary>Loads every source; problems from all of them are collected.</summary>
    /// <param name="sources">The sources; at most one without a name, and no name twice.</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <returns>The data, or null when there were errors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportData? Load(IReadOnlyList<DataSource> sources, List<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var roots = sources.Where(s => s.Name is null).ToList();
        foreach (var extra in roots.Skip(1))
        {
            problems.Add(new DataProblem(extra.Path, "more than one data file binds the root") { Expected = "one plain --data path; name the others (name=path)", Code = "SEND-DATA-SOURCE" });
        }

        foreach (var twice in sources.Where(s => s.Name is not null).GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new DataProblem(twice.Last().Path, $"the name '{twice.Key}' is bound twice") { Expected = "a different name for each data source", Code = "SEND-DATA-SOURCE" });
        }

        BoundObject globals = new(new DataOrigin(roots.FirstOrDefault()?.Path ?? "(data)", null, null, string.Empty));
        if (roots.Count > 0)
        {
            var root = Load(roots[0], problems, out _);
            if (root is BoundObject rootObject)
            {
                globals = rootObject;
            }
            else if (root is not null)
            {
                problems.Add(new DataProblem(roots[0].Path, "the root of the data is not an object") { Expected = "a JSON object whose members the template reads, or name=path to bind it to a variable", Code = "SEND-DATA-SOURCE" });
            }
        }

        var columns = new Dictionary<string, IReadOnlyList<TableColumn>>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => s.Name is not null))
        {
            var value = Load(source, problems, out var found);
            if (globals.ContainsKey(source.Name!))
            {
                problems.Add(new DataProblem(source.Path, $"the name '{source.Name}' is already a member of the root data ({roots[0].Path})") { Expected = "a name the root data does not use", Code = "SEND-DATA-SOURCE" });
            }

            globals.SetValue(source.Name!, value, false);
            if (found is not null)
            {
                columns[source.Name!] = found;
            }
        }

        return problems.Count > before ? null : new ReportData(globals, columns, roots.FirstOrDefault()?.Path);
    }

    private static object? Load(DataSource source, List<DataProblem> problems, out IReadOnlyList<TableColumn>? columns)
    {
        columns = null;
        if (!System.IO.File.Exists(source.Path))
        {
            problems.Add(new DataProblem(source.Path, "the data file does not exist") { Code = "SEND-REPORT-FILE" });
            return null;
        }

        switch (source.Kind)
        {
            case "json":
                return JsonData.Load(source.Path, problems);
            case "csv":
            {
                var rows = TableData.LoadCsv(source.Path, problems, out var found);
                columns = found;
                return rows;
            }

            case "xlsx":
            {
                var rows = TableData.LoadXlsx(source.Path, source.Sheet, problems, out var found);
                columns = found;
                return rows;
            }

            default:
                problems.Add(new DataProblem(source.Path, "Send cannot read this kind of data file") { Value = "." + source.Kind, Expected = ".json, .csv or .xlsx", Code = "SEND-DATA-SOURCE" });
                return null;
        }
    }
}
