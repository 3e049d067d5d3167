using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Scriban.Runtime;
using Send.Data.Statutory;
using Send.Data.Validation;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>A caseload given to a template function: rows bound from a caseload CSV file, or an object naming one.</summary>
public static partial class PlainData
{
    /// <summary>The caseload each bound value stands for, read once per render however many functions ask.</summary>
    private static readonly ConditionalWeakTable<object, IReadOnlyList<CaseloadRecord>> Caseloads = new();

    /// <summary>Caseload files being read ahead of the template (<see cref="ReadCaseloadsAhead"/>).</summary>
    private static readonly ConditionalWeakTable<object, Task<IReadOnlyList<CaseloadRecord>>> CaseloadsAhead = new();

    /// <summary>
    /// Starts reading, on the thread pool, every caseload file that an object of <paramref name="model"/> names with
    /// <c>caseload_file</c>, so that the template's first caseload function finds it read (or being read) rather than
    /// starting then. What a later <see cref="CaseloadOf"/> returns or throws is unchanged; a file no function asks
    /// for is read for nothing and its problems are not reported.
    /// </summary>
    /// <param name="model">The bound data of a render.</param>
    internal static void ReadCaseloadsAhead(object model)
    {
        // Objects only, as deep as data is sensibly nested: a caseload object inside an array is read when asked for.
        var pending = new Stack<(object? Value, int Depth)>();
        pending.Push((model, 0));
        while (pending.TryPop(out var next))
        {
            if (next.Value is not BoundObject bound || next.Depth > 8)
            {
                continue;
            }

            if (bound.ContainsKey("caseload_file"))
            {
                // The file is found here, on the calling thread: the task touches only the file, never the data
                // object, which the template may change while the task runs.
                try
                {
                    var (path, shown) = CaseloadFilePath(bound, "caseload");
                    CaseloadsAhead.TryAdd(bound, Task.Run(() => ReadCaseloadFile(path, shown)));
                }
                catch (DataException)
                {
                    // Not read ahead: CaseloadOf throws this again, located in the data, for the function that asks.
                }
            }

            foreach (var member in bound.Values)
            {
                pending.Push((member, next.Depth + 1));
            }
        }
    }

    /// <summary>
    /// Reads the caseload a template function is given, in the format of <c>send timescales caseload</c>
    /// (<c>docs/statutory-timescales.md</c>), by the very reader that command uses: rows bound from a caseload CSV
    /// (<c>--data caseload=cases.csv</c>), or an object of the data whose <c>caseload_file</c> names such a file in
    /// the data file's own folder (<c>{ "caseload_file": "caseload.csv", "as_of": "2024-11-30" }</c>).
    /// </summary>
    /// <param name="value">The bound rows, or the bound object naming the file.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The caseload records.</returns>
    /// <exception cref="DataException">The file is missing, outside the data file's folder, or not a valid caseload; each problem located in the data file or the caseload file.</exception>
    /// <exception cref="ArgumentException">The value is neither.</exception>
    public static IReadOnlyList<CaseloadRecord> CaseloadOf(object? value, string function)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (value is not (BoundArray or BoundObject))
        {
            throw new ArgumentException($"{function}: found {(value is null ? "nothing (null)" : "a " + value.GetType().Name)}; expected a caseload: rows bound from a caseload CSV file (--data caseload=cases.csv), or an object of the data with a caseload_file member");
        }

        if (Caseloads.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var records = value is BoundArray ? Caseload(value, function)
            : CaseloadsAhead.TryGetValue(value, out var ahead) ? ahead.GetAwaiter().GetResult()
            : CaseloadFile((BoundObject)value, function);
        Caseloads.AddOrUpdate(value, records);
        return records;
    }

    /// <summary>
    /// The as-at date a caseload function is given: a NodaTime date or ISO text; when none is given and the caseload
    /// is an object of the data, its own <c>as_of</c> (or <c>as_at</c>) member.
    /// </summary>
    /// <param name="asAt">The argument, or null.</param>
    /// <param name="caseload">The caseload argument.</param>
    /// <param name="function">The template function asking, for messages.</param>
    /// <returns>The date.</returns>
    /// <exception cref="DataException">The object's <c>as_of</c> member is not a date (located in the data file).</exception>
    /// <exception cref="ArgumentException">No date is given, or the argument is not a date.</exception>
    public static LocalDate CaseloadDate(object? asAt, object? caseload, string function)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (asAt is null && caseload is BoundObject bound)
        {
            var member = bound.ContainsKey("as_of") ? "as_of" : "as_at";
            if (!bound.TryGetValue(member, out var own) || own is null)
            {
                throw new ArgumentException($"{function}: no as-at date; give one as the second argument (\"2024-11-30\") or as the caseload object's as_of member");
            }

            return own is string ownText && LocalDatePattern.Iso.Parse(ownText) is { Success: true } ownDate
                ? ownDate.Value
                : throw new DataException(new[] { Locate(new DataProblem(bound.Origin.Source, "not a date") { Field = member, Value = own.ToString(), Expected = "a date such as \"2024-11-30\"", Code = ReportProblemCodes.DataDate }, bound) });
        }

        return asAt switch
        {
            LocalDate d => d,
            string text when LocalDatePattern.Iso.Parse(text) is { Success: true } parsed => parsed.Value,
            _ => throw new ArgumentException($"{function}: the as-at date (second argument) is {(asAt is null ? "missing" : "'" + asAt + "'")}; expected a date such as \"2024-11-30\""),
        };
    }

    private static IReadOnlyList<CaseloadRecord> CaseloadFile(BoundObject bound, string function)
    {
        var (path, shown) = CaseloadFilePath(bound, function);
        return ReadCaseloadFile(path, shown);
    }

    /// <summary>The file a caseload object names, resolved inside the data file's folder, and its name for problems.</summary>
    private static (string Path, string Shown) CaseloadFilePath(BoundObject bound, string function)
    {
        if (!bound.TryGetValue("caseload_file", out var named) || named is not string file || file.Length == 0)
        {
            throw new DataException(new[]
            {
                Locate(new DataProblem(bound.Origin.Source, function + ": the object names no caseload file") { Field = "caseload_file", Value = named?.ToString(), Expected = "the name of a caseload CSV file in the data file's folder, such as \"caseload.csv\"", Code = "SEND-REPORT-FILE" }, bound),
            });
        }

        var context = new Reports.ReportDataContext(bound.Origin.Source);
        if (!context.TryResolveInside(file, out var path, out var reason))
        {
            throw new DataException(new[]
            {
                Locate(new DataProblem(bound.Origin.Source, "the caseload file cannot be read: " + reason) { Field = "caseload_file", Value = file, Expected = "a CSV file in the data file's folder (" + context.Directory + ")", Code = "SEND-REPORT-FILE" }, bound),
            });
        }

        // Problems name the file as the data names it, beside the data file: data/caseload.csv(12,3).
        return (path, Path.Combine(Path.GetDirectoryName(bound.Origin.Source) ?? string.Empty, file));
    }

    /// <summary>Reads and checks a caseload file; touches no data object, so it may run on any thread.</summary>
    private static IReadOnlyList<CaseloadRecord> ReadCaseloadFile(string path, string shown)
    {
        string text;
        try
        {
            text = Utf8Text.ReadFile(path, shown, ProblemCodes.Csv);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataException(new[] { new DataProblem(shown, "the caseload file could not be read: " + ex.Message) { Code = "SEND-REPORT-FILE" } });
        }

        var records = CaseloadCsv.TryParse(text, shown, out var problems);
        var errors = problems.Where(p => p.Severity == DataProblemSeverity.Error).ToList();
        return errors.Count > 0 ? throw new DataException(errors) : records;
    }
}
