using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Data.Kpis;
using Send.Data.Kpis.Sources;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Cli.Commands.Kpi;

/// <summary>File reading shared by the <c>send kpi</c> subcommands (no KPI logic lives here).</summary>
internal static class KpiCommandSupport
{
    public const string DownloadHelp =
        "lait_data_dictionary.csv, lait_data_long.tsv, sn_may_2025.xlsx, sn_april_2021.xlsx and la_code_list.xlsx in <dir>/lait/: download them from the DfE Local Authority Interactive Tool " +
        "(gov.uk/government/publications/local-authority-interactive-tool-lait and its public GitHub repository; the long file is its bds_long parquet saved as TSV), " +
        "then pass --data-dir <dir> or set SEND_DFE_DATA=<dir>. See docs/kpis.md.";

    public static KpiCatalogue Catalogue(FileInfo? definitions) =>
        definitions is null ? KpiCatalogue.BuiltIn : KpiDefinitionsFile.LoadFile(definitions.FullName, KpiCatalogue.BuiltIn);

    /// <summary>--data-dir, else SEND_DFE_DATA, else ../shared/data beside the repository that holds the current directory.</summary>
    public static string ResolveDataFolder(DirectoryInfo? option)
    {
        string? candidate = option?.FullName;
        var from = "--data-dir";
        if (candidate is null)
        {
            var env = Environment.GetEnvironmentVariable("SEND_DFE_DATA");
            if (!string.IsNullOrWhiteSpace(env))
            {
                candidate = env;
                from = "SEND_DFE_DATA";
            }
        }

        if (candidate is null)
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
            {
                dir = dir.Parent;
            }

            candidate = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            from = "the default ../shared/data beside the repository";
        }

        var lait = candidate is null ? null : Path.Combine(candidate, "lait");
        if (lait is null || !File.Exists(Path.Combine(lait, "lait_data_long.tsv")))
        {
            throw new DataException(new[]
            {
                new DataProblem(candidate ?? "(no data folder)", $"the DfE data folder ({from}) has no lait/lait_data_long.tsv")
                {
                    Expected = DownloadHelp,
                    Code = "SEND-KPI-DATA",
                },
            });
        }

        return candidate!;
    }

    /// <summary>
    /// Loads the LAIT files. With <paramref name="measures"/>, only those measures' rows of the long file are read
    /// (codes or catalogue ids; if one cannot be resolved from the dictionary or catalogue, every row is read so that
    /// the lookup error can suggest a code). With <paramref name="onsCodes"/>, ONS codes are read from the EES files.
    /// </summary>
    public static LaitBenchmark LoadLait(string folder, string snSet, IReadOnlyCollection<string>? measures, bool onsCodes, out IReadOnlyList<DataProblem> fileErrors)
    {
        var lait = Path.Combine(folder, "lait");
        var all = new List<DataProblem>();
        var dictionaryPath = Path.Combine(lait, "lait_data_dictionary.csv");
        Require(dictionaryPath);
        var dictionary = LaitDataDictionary.Read(dictionaryPath, out var p1);
        all.AddRange(p1);
        var catalogue = KpiCatalogue.BuiltIn;
        HashSet<string>? codes = null;
        if (measures is not null)
        {
            codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in measures)
            {
                var text = m.Trim();
                var code = dictionary.Measures.ContainsKey(text) ? text
                    : catalogue.TryGet(text, out var d) && d.LaitMeasure is not null ? d.LaitMeasure
                    : dictionary.Measures.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
                if (code is null)
                {
                    codes = null;
                    break;
                }

                codes.Add(code);
            }
        }

        var data = LaitData.Read(Path.Combine(lait, "lait_data_long.tsv"), codes, out var p2);
        all.AddRange(p2);
        var (file, version) = snSet switch
        {
            "april2021" => ("sn_april_2021.xlsx", "April 2021"),
            _ => ("sn_may_2025.xlsx", "May 2025"),
        };
        var snPath = Path.Combine(lait, file);
        Require(snPath);
        var workbook = StatisticalNeighbourWorkbook.Read(snPath, version, null, out var p3);
        all.AddRange(p3);
        var errors = all.Where(p => p.Severity == DataProblemSeverity.Error && p.Code is "SEND-LAIT-HEADER" or "SEND-SN-HEADER" or "SEND-XLSX").ToList();
        if (errors.Count > 0)
        {
            throw new DataException(errors);
        }

        fileErrors = all.Where(p => p.Severity == DataProblemSeverity.Error).ToList();
        CouncilDirectory? councils = null;
        if (onsCodes)
        {
            councils = new CouncilDirectory(data.Geographies, ReadOnsCodes(folder));
        }

        return new LaitBenchmark(data, dictionary, workbook.Set, catalogue, councils);
    }

    /// <summary>ONS codes from the first EES file in &lt;folder&gt;/dfe-ehcp-2025 that has old_la_code and new_la_code; empty when there is none.</summary>
    private static IReadOnlyDictionary<string, int> ReadOnsCodes(string folder)
    {
        var ees = Path.Combine(folder, "dfe-ehcp-2025");
        if (!Directory.Exists(ees))
        {
            return new Dictionary<string, int>();
        }

        foreach (var file in Directory.GetFiles(ees, "*.csv").OrderBy(f => new FileInfo(f).Length))
        {
            using var reader = new StreamReader(file);
            var codes = CouncilDirectory.ReadOnsCodes(reader);
            if (codes.Count > 0)
            {
                return codes;
            }
        }

        return new Dictionary<string, int>();
    }

    /// <summary>Writes the problems that concern the measures used (their rows' warnings) and the files' errors, at most five of each.</summary>
    public static void WriteWarnings(TextWriter error, LaitBenchmark benchmark, IEnumerable<string> measureCodes, IReadOnlyList<DataProblem> fileErrors)
    {
        foreach (var problem in measureCodes.Distinct(StringComparer.Ordinal).SelectMany(benchmark.ProblemsOf).Take(5))
        {
            error.WriteLine(problem.ToString());
        }

        foreach (var problem in fileErrors.Take(5))
        {
            error.WriteLine(problem.ToString());
        }

        if (fileErrors.Count > 5)
        {
            error.WriteLine($"... and {fileErrors.Count - 5} more problems in the LAIT files");
        }
    }

    private static void Require(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataException(new[] { new DataProblem(path, "the file is missing from the DfE data folder") { Expected = DownloadHelp, Code = "SEND-KPI-DATA" } });
        }
    }
}
