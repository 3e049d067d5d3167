using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Cli.Commands.Finance;

/// <summary>Reading input files and writing problems for the finance subcommands.</summary>
internal static class FinanceFiles
{
    /// <summary>
    /// Builds a finance subcommand that reads one JSON file: a file argument and <c>--json</c>, read the file, stop with
    /// the errors if any, then let <paramref name="write"/> print the result (as JSON or text) and say which further
    /// problems to report and which exit code to return. The three finance subcommands differ only in that step.
    /// </summary>
    public static Command FileCommand<T>(
        string name,
        string description,
        string fileName,
        string fileDescription,
        Func<string, string, LoadResult<T>> read,
        Func<T, LoadResult<T>, bool, TextWriter, FileOutcome> write,
        string jsonDescription = "Write the result as JSON.",
        Func<SheetLocation, FinanceSheetMap?, LoadResult<T>>? readSheet = null)
        where T : class =>
        FileCommand<T>(name, description, fileName, fileDescription, read, (value, loaded, _, json, output) => write(value, loaded, json, output), jsonDescription, readSheet);

    /// <summary>
    /// As the other overload, with further options: <paramref name="write"/> also gets the parse result to read them.
    /// With <paramref name="readSheet"/>, the file may also be a workbook range or CSV file (<c>book.xlsx#DSG!B4:H12</c>,
    /// <c>table.csv</c>) read with an optional <c>--map map.json</c> (docs/finance.md, "From the workbook").
    /// </summary>
    public static Command FileCommand<T>(
        string name,
        string description,
        string fileName,
        string fileDescription,
        Func<string, string, LoadResult<T>> read,
        Func<T, LoadResult<T>, ParseResult, bool, TextWriter, FileOutcome> write,
        string jsonDescription,
        Func<SheetLocation, FinanceSheetMap?, LoadResult<T>>? readSheet,
        params Option[] options)
        where T : class
    {
        var file = new Argument<string>(fileName) { Description = fileDescription + (readSheet is null ? string.Empty : " Or a workbook range or CSV file: book.xlsx#Sheet, book.xlsx#Sheet!B4:H12, table.csv.") };
        var json = new Option<bool>("--json") { Description = jsonDescription };
        var map = new Option<string?>("--map") { Description = "With a workbook or CSV file: a map saying which label is which field (schema: docs/schemas/finance-sheet-map.schema.json)." };
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.Options.Add(json);
        if (readSheet is not null)
        {
            command.Options.Add(map);
        }

        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var loaded = readSheet is not null && SheetLocation.Names(path)
                ? readSheet(SheetLocation.Parse(path), ReadMap(parseResult.GetValue(map)))
                : read(ReadText(path), path);
            ThrowIfErrors(loaded.Problems);
            var outcome = write(loaded.GetValueOrThrow(), loaded, parseResult, parseResult.GetValue(json), parseResult.InvocationConfiguration.Output);
            WriteProblems(parseResult.InvocationConfiguration.Error, outcome.Problems);
            return outcome.ExitCode;
        });
        return command;
    }

    /// <summary>Reads a sheet map, or gives null without one; its errors are thrown.</summary>
    private static FinanceSheetMap? ReadMap(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var loaded = FinanceSheetMap.Read(ReadText(path), path);
        ThrowIfErrors(loaded.Problems);
        return loaded.Value;
    }

    /// <summary>Reads a file's text, turning any I/O failure into a data problem that names the file.</summary>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read: " + ex.Message;
            throw new DataException(new[] { new DataProblem(path, reason) { Expected = "a readable JSON file" } });
        }
    }

    /// <summary>Writes problems to the error stream, one per line, in compiler style.</summary>
    public static void WriteProblems(TextWriter error, IEnumerable<DataProblem> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }
    }

    /// <summary>Throws the errors among <paramref name="problems"/> as a <see cref="DataException"/>, if any.</summary>
    public static void ThrowIfErrors(IReadOnlyList<DataProblem> problems)
    {
        var errors = problems.Where(p => p.Severity == DataProblemSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new DataException(problems);
        }
    }

    /// <summary>A £m figure rounded for display and JSON.</summary>
    public static decimal Millions(Money value, int decimals) => decimal.Round(value.Millions, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Pads a cell to a width, right-aligned for figures.</summary>
    public static string Right(string text, int width) => text.PadLeft(width);

    /// <summary>Pads a cell to a width, left-aligned for labels.</summary>
    public static string Left(string text, int width) => text.PadRight(width);

    /// <summary>The snake_case name of an enum value, as in the JSON output.</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
    }
}

/// <summary>What a finance subcommand reports after printing its result: the problems to list and the exit code.</summary>
internal sealed record FileOutcome(IEnumerable<DataProblem> Problems, int ExitCode)
{
    /// <summary>Success, reporting the loader's warnings.</summary>
    public static FileOutcome Success<T>(LoadResult<T> loaded)
        where T : class => new(loaded.Problems, ExitCodes.Success);
}
