using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Cli.Commands.Finance;

/// <summary>Reading input files and writing problems for the finance subcommands.</summary>
internal static class FinanceFiles
{
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
