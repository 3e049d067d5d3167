using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Send.Reporting.Reports;

/// <summary>
/// A new report folder that renders at once (<c>send new</c>): a template, sample data and a README saying how to
/// render it, check it and grow it. No C# model: the data is bound as it is.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ReportScaffold
{
    /// <summary>The README file name in a new folder.</summary>
    public const string ReadmeFileName = "README.md";

    /// <summary>Writes a new report folder at <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder to create; it must not exist or must be empty.</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">The folder already holds files: nothing is overwritten.</exception>
    public static IReadOnlyList<string> Create(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"'{directory}' already holds files; send new writes only into a new or empty folder");
        }

        Directory.CreateDirectory(directory);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var files = new (string Name, string Text)[]
        {
            (ReportPack.TemplateFileName, Template),
            (ReportLoader.SampleFileName, Sample),
            (ReadmeFileName, Readme.Replace("{name}", name, StringComparison.Ordinal)),
        };
        var written = new List<string>();
        foreach (var (file, text) in files)
        {
            var path = Path.Combine(directory, file);
            File.WriteAllText(path, text.ReplaceLineEndings("\n"));
            written.Add(path);
        }

        return written;
    }

    private const string Template = """
        ::: title
        {{ council }}

        {{ meeting }} — {{ format_date meeting_date }}

        # {{ title }}
        :::

        # Purpose of the report

        {{ for paragraph in purpose }}
        {{ paragraph }}

        {{ end }}
        # Progress

        | Action | Lead | Status |
        |---|---|---|
        {{~ for action in actions ~}}
        | {{ action.name }} | {{ action.lead }} | {{ rag action.rag }} |
        {{~ end ~}}

        # Recommendation

        {{ recommendation }}

        """;

    private const string Sample = """
        {
          "council": "Anyshire County Council",
          "meeting": "Children's Select Committee",
          "meeting_date": "2025-03-12",
          "title": "SEND improvement: progress update",
          "purpose": [
            "To update the committee on the SEND improvement plan."
          ],
          "actions": [
            { "name": "Recruit four EHC coordinators", "lead": "Head of SEND", "rag": "green" },
            { "name": "Clear the annual review backlog", "lead": "SEND casework manager", "rag": "amber" }
          ],
          "recommendation": "The committee is asked to note the progress made."
        }

        """;

    private const string Readme = """
        # {name}

        A report written with Send: `template.md.scriban` (Markdown with `{{ }}` for the data) and `sample.json`.

        Render it to Word, and check it (nothing is written; every problem is listed with its line):

            send render {name} --data {name}/sample.json -o {name}.docx
            send check {name} --data {name}/sample.json

        Re-render whenever you save: add `--watch` to `send render`.

        More data: a CSV or Excel file becomes a list of rows, one member per column (the header in snake_case):

            send render {name} --data {name}/sample.json --data schools={name}/schools.csv -o {name}.docx

        and in the template: `{{ for school in schools }}{{ school.name }}{{ end }}`. See docs/reporting.md.

        """;
}
