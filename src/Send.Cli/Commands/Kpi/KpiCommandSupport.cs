using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Kpis;
using Send.Domain.Kpis.Sources;
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

    public static LaitBenchmark LoadLait(string folder, string snSet, out IReadOnlyList<DataProblem> warnings)
    {
        var lait = Path.Combine(folder, "lait");
        var all = new List<DataProblem>();
        var dictionaryPath = Path.Combine(lait, "lait_data_dictionary.csv");
        Require(dictionaryPath);
        var dictionary = LaitDataDictionary.Read(dictionaryPath, out var p1);
        all.AddRange(p1);
        var data = LaitData.Read(Path.Combine(lait, "lait_data_long.tsv"), out var p2);
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
        var errors = all.Where(p => p.Severity == DataProblemSeverity.Error && p.Code is "SEND-LAIT-HEADER" or "SEND-SN-HEADER").ToList();
        if (errors.Count > 0)
        {
            throw new DataException(errors);
        }

        warnings = all;
        return new LaitBenchmark(data, dictionary, workbook.Set);
    }

    private static void Require(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataException(new[] { new DataProblem(path, "the file is missing from the DfE data folder") { Expected = DownloadHelp, Code = "SEND-KPI-DATA" } });
        }
    }
}
