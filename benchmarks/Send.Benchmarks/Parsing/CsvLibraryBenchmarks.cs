using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;
using Send.Data.Kpis.Sources;
using Send.Data.Parsing;
using Send.Data.Statutory;
using Sylvan.Data.Csv;

namespace Send.Benchmarks.Parsing;

/// <summary>
/// Send's CSV reading (<see cref="CsvRecordReader"/>, <see cref="CaseloadCsv"/>, and <see cref="LaitData"/>'s own
/// tab-separated line scanner) against Sep 0.18.0, Sylvan.Data.Csv 1.4.4 and CsvHelper 34.0.0 (issue #20),
/// alternately in one run. Every field of every record is read as a string (what <c>CaseloadCsv</c> does with
/// them), and the total length returned so nothing is optimised away. Inputs: the scrutiny sample's caseload
/// (<c>templates/scrutiny-send-update/caseload.csv</c>, 7,173 cases) repeated with fresh case ids to 100,000 rows,
/// held in memory; and the DfE LAIT long file (<c>lait/lait_data_long.tsv</c> under SEND_DFE_DATA, else
/// ../shared/data; its rows are skipped, saying so, when it is absent) read from disk. For LAIT, ours is the whole
/// <see cref="LaitData.Read(string, out System.Collections.Generic.IReadOnlyList{Send.Domain.Validation.DataProblem})"/>
/// (it also parses the numbers and builds the series), since its scanner is private: the libraries' rows are a lower
/// bound on what they would cost there. <see cref="PrintErrors"/> shows what each reports for an unclosed quote, and
/// <see cref="ColdStart"/> is a first read in a fresh process, for hyperfine. Figures in benchmarks/README.md under
/// "Hand-written parts against libraries (issue #20)".
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CsvLibraryBenchmarks
{
    private string caseload = string.Empty;
    private string? lait;

    [GlobalSetup]
    public void Setup()
    {
        caseload = Caseload(100_000);
        lait = LaitPath();
        if (lait is null)
        {
            Console.WriteLine("// LAIT rows skipped: no lait/lait_data_long.tsv under SEND_DFE_DATA or ../shared/data.");
        }

        var ours = OursCaseloadFields();
        if (SepCaseloadFields() != ours || SylvanCaseloadFields() != ours || CsvHelperCaseloadFields() != ours)
        {
            throw new InvalidOperationException("The four readers should read the same characters from the caseload.");
        }
    }

    [Benchmark]
    public long OursCaseloadFields() => OursFields(new StringReader(caseload));

    [Benchmark]
    public int OursCaseloadCsvTryParse() => CaseloadCsv.TryParse(caseload, "c.csv", out _).Count;

    [Benchmark]
    public long SepCaseloadFields()
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(caseload);
        return SepFields(reader);
    }

    [Benchmark]
    public long SylvanCaseloadFields()
    {
        using var reader = CsvDataReader.Create(new StringReader(caseload), new CsvDataReaderOptions { HasHeaders = false });
        return SylvanFields(reader);
    }

    [Benchmark]
    public long CsvHelperCaseloadFields()
    {
        using var reader = CsvHelper.CsvReader.FromText(caseload, new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = false });
        return CsvHelperFields(reader);
    }

    /// <summary>CsvHelper as an adoption would configure it: every record's line (as ours gives) and malformed quotes reported.</summary>
    /// <returns>The characters read plus the line numbers.</returns>
    [Benchmark]
    public long CsvHelperCaseloadFieldsWithLines()
    {
        var malformed = 0;
        using var reader = CsvHelper.CsvReader.FromText(caseload, new CsvHelper.CsvReaderOptions
        {
            Separator = ',', HasHeader = false, TrackLineNumbers = true, OnMalformedRecord = _ => malformed++,
        });
        long total = 0;
        while (reader.Read())
        {
            total += reader.LineNumber;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total + malformed;
    }

    [Benchmark]
    public long OursLaitLoad() => lait is null ? 0 : LaitData.Read(lait, out _).Series.Count;

    [Benchmark]
    public long SepLaitFields()
    {
        if (lait is null)
        {
            return 0;
        }

        using var reader = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromFile(lait);
        return SepFields(reader);
    }

    /// <summary>Sep over LAIT without a string per field (the spans' lengths only): the floor for a loader built on it, which like ours would make strings only where a label changes.</summary>
    /// <returns>The characters read.</returns>
    [Benchmark]
    public long SepLaitSpansOnly()
    {
        if (lait is null)
        {
            return 0;
        }

        using var reader = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromFile(lait);
        long total = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                total += row[i].Span.Length;
            }
        }

        return total;
    }

    [Benchmark]
    public long SylvanLaitFields()
    {
        if (lait is null)
        {
            return 0;
        }

        using var reader = CsvDataReader.Create(lait, new CsvDataReaderOptions { HasHeaders = false, Delimiter = '\t' });
        return SylvanFields(reader);
    }

    [Benchmark]
    public long CsvHelperLaitFields()
    {
        if (lait is null)
        {
            return 0;
        }

        using var reader = CsvHelper.CsvReader.FromFile(lait, new CsvHelper.CsvReaderOptions { Separator = '\t', HasHeader = false });
        return CsvHelperFields(reader);
    }

    /// <summary>
    /// Prints what each reader reports for a caseload whose line 5 opens a quote that is never closed (ten more lines
    /// follow it), and how many records each reads from the LAIT file (one of its fields holds a raw line break).
    /// </summary>
    /// <returns>0.</returns>
    public static int PrintErrors()
    {
        var lines = Caseload(14).Split('\n');
        lines[4] = lines[4].Insert(lines[4].IndexOf(',', StringComparison.Ordinal) + 1, "\"");
        var text = string.Join('\n', lines);
        Console.WriteLine("Line 5: " + lines[4] + "   (" + (lines.Length - 1) + " lines in all)");

        Console.WriteLine("Send (CaseloadCsv.TryParse):");
        CaseloadCsv.TryParse(text, "caseload.csv", out var problems);
        foreach (var problem in problems)
        {
            Console.WriteLine("  " + problem);
        }

        Report("Sep 0.18.0 (Unescape)", () =>
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
            foreach (var row in reader)
            {
                Console.WriteLine($"  row {row.RowIndex}: lines {row.LineNumberFrom}-{row.LineNumberToExcl - 1}, {row.ColCount} fields, last field {Short(row[row.ColCount - 1].ToString())}");
            }
        });
        Report("Sep 0.18.0 (default: column count checked)", () =>
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
            foreach (var row in reader)
            {
                _ = row.ColCount;
            }

            Console.WriteLine("  no exception");
        });
        Report("Sylvan.Data.Csv 1.4.4", () =>
        {
            using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = false });
            while (reader.Read())
            {
                Console.WriteLine($"  row {reader.RowNumber}: {reader.FieldCount} fields, last field {Short(reader.GetString(reader.FieldCount - 1))}");
            }
        });
        Report("CsvHelper 34.0.0 (TrackLineNumbers, OnMalformedRecord, default Recover)", () =>
        {
            using var reader = CsvHelper.CsvReader.FromText(text, new CsvHelper.CsvReaderOptions
            {
                Separator = ',', HasHeader = false, TrackLineNumbers = true,
                OnMalformedRecord = r => Console.WriteLine($"  malformed: record {r.RecordNumber}, line {r.LineNumber}, {r.Reason}, skipped {r.Skipped}"),
            });
            while (reader.Read())
            {
                Console.WriteLine($"  record {reader.RowNumber}: line {reader.LineNumber}, {reader.FieldCount} fields, last field {Short(reader.GetString(reader.FieldCount - 1))}");
            }
        });
        Report("CsvHelper 34.0.0 (TrackLineNumbers, MalformedData = Throw)", () =>
        {
            using var reader = CsvHelper.CsvReader.FromText(text, new CsvHelper.CsvReaderOptions
            {
                Separator = ',', HasHeader = false, TrackLineNumbers = true, MalformedData = CsvHelper.CsvMalformedDataHandling.Throw,
            });
            while (reader.Read())
            {
                _ = reader.FieldCount;
            }

            Console.WriteLine("  no exception");
        });

        var lait = LaitPath();
        if (lait is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"LAIT long file ({File.ReadAllLines(lait).Length} lines): records read");
            using (var sep = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromFile(lait))
            {
                var (rows, shortRows) = (0, 0);
                foreach (var row in sep)
                {
                    rows++;
                    shortRows += row.ColCount < 7 ? 1 : 0;
                }

                Console.WriteLine($"  Sep: {rows}, of which {shortRows} with fewer than 7 fields");
            }

            using (var sylvan = CsvDataReader.Create(lait, new CsvDataReaderOptions { HasHeaders = false, Delimiter = '\t' }))
            {
                var (rows, shortRows) = (0, 0);
                while (sylvan.Read())
                {
                    rows++;
                    shortRows += sylvan.RowFieldCount < 7 ? 1 : 0;
                }

                Console.WriteLine($"  Sylvan: {rows}, of which {shortRows} with fewer than 7 fields");
            }

            using (var helper = CsvHelper.CsvReader.FromFile(lait, new CsvHelper.CsvReaderOptions { Separator = '\t', HasHeader = false }))
            {
                var (rows, shortRows) = (0, 0);
                while (helper.Read())
                {
                    rows++;
                    shortRows += helper.FieldCount < 7 ? 1 : 0;
                }

                Console.WriteLine($"  CsvHelper: {rows}, of which {shortRows} with fewer than 7 fields");
            }

            var data = LaitData.Read(lait, out var laitProblems);
            Console.WriteLine($"  Send's LaitData: {data.Series.Count} series (a line with too few fields is joined to the next); problems:");
            foreach (var problem in laitProblems)
            {
                Console.WriteLine("    " + problem);
            }
        }

        return 0;
    }

    /// <summary>
    /// A first read in a fresh process: <c>cold-csv ours|sep|sylvan|csvhelper|none</c> reads every field of the
    /// scrutiny sample's caseload (7,173 cases); <c>none</c> only reads the file.
    /// </summary>
    /// <param name="which">The reader.</param>
    /// <returns>0.</returns>
    public static int ColdStart(string which)
    {
        var clock = Stopwatch.StartNew();
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "templates", "scrutiny-send-update", "caseload.csv"));
        var read = clock.Elapsed;
        long total;
        switch (which)
        {
            case "ours":
                total = OursFields(new StringReader(text));
                break;
            case "sep":
                total = ColdSep(text);
                break;
            case "sylvan":
                total = ColdSylvan(text);
                break;
            case "csvhelper":
                total = ColdCsvHelper(text);
                break;
            default:
                total = text.Length;
                break;
        }

        Console.Error.WriteLine($"{which}: file {read.TotalMilliseconds:F1} ms, first read of every field {(clock.Elapsed - read).TotalMilliseconds:F1} ms ({total} chars)");
        return 0;
    }

    // Each reader in a method of its own, so that compiling ColdStart does not load the other libraries' assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ColdSep(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
        return SepFields(reader);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ColdSylvan(string text)
    {
        using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = false });
        return SylvanFields(reader);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ColdCsvHelper(string text)
    {
        using var reader = CsvHelper.CsvReader.FromText(text, new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = false });
        return CsvHelperFields(reader);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long OursFields(TextReader text)
    {
        var csv = new CsvRecordReader(text);
        long total = 0;
        while (csv.TryRead(out var fields, out _))
        {
            foreach (var field in fields)
            {
                total += field.Length;
            }
        }

        return total;
    }

    private static long SepFields(SepReader reader)
    {
        long total = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                total += row[i].ToString().Length;
            }
        }

        return total;
    }

    private static long SylvanFields(CsvDataReader reader)
    {
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total;
    }

    private static long CsvHelperFields(CsvHelper.CsvReader reader)
    {
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total;
    }

    private static void Report(string name, Action read)
    {
        Console.WriteLine(name + ":");
        try
        {
            read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.WriteLine($"  {e.GetType().FullName}: {e.Message.ReplaceLineEndings(" ")}");
            if (e is CsvInvalidCharacterException invalid)
            {
                Console.WriteLine($"  (RowNumber {invalid.RowNumber}, FieldOrdinal {invalid.FieldOrdinal}, RecordOffset {invalid.RecordOffset})");
            }
        }
    }

    private static string Short(string value) => "'" + (value.Length <= 30 ? value : value[..30] + "...").ReplaceLineEndings("\\n") + "' (" + value.Length + " chars)";

    /// <summary>The sample caseload's header and <paramref name="rows"/> cases, its 7,173 repeated with fresh ids.</summary>
    private static string Caseload(int rows)
    {
        var sample = File.ReadAllLines(Path.Combine(RepositoryRoot(), "templates", "scrutiny-send-update", "caseload.csv"));
        var builder = new StringBuilder(sample[0]).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var line = sample[1 + (i % (sample.Length - 1))];
            builder.Append('C').Append(i.ToString("D6", CultureInfo.InvariantCulture)).Append(line.AsSpan(line.IndexOf(',', StringComparison.Ordinal))).Append('\n');
        }

        return builder.ToString();
    }

    private static string? LaitPath()
    {
        var configured = Environment.GetEnvironmentVariable("SEND_DFE_DATA");
        var folder = !string.IsNullOrWhiteSpace(configured) ? configured : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data"));
        var path = Path.Combine(folder, "lait", "lait_data_long.tsv");
        return File.Exists(path) ? path : null;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Send.sln not found above " + AppContext.BaseDirectory);
    }
}
