using BenchmarkDotNet.Running;

namespace Send.Benchmarks;

/// <summary>Runs Send's benchmarks: <c>dotnet run -c Release --project benchmarks/Send.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "profile")
        {
            return Reporting.ProfileOnce.Run();
        }

        if (args.Length >= 3 && args[0] == "render")
        {
            return Reporting.RenderOnce.Run(args);
        }

        // Issue #20: what our validator and CSV reader and the libraries report for bad input, and a first call in a
        // fresh process (timed with hyperfine).
        switch (args)
        {
            case ["schema-errors"]:
                return Validation.JsonSchemaLibraryBenchmarks.PrintErrors();
            case ["cold-json", var which]:
                return Validation.JsonSchemaLibraryBenchmarks.ColdStart(which);
            case ["csv-errors"]:
                return Parsing.CsvLibraryBenchmarks.PrintErrors();
            case ["cold-csv", var which]:
                return Parsing.CsvLibraryBenchmarks.ColdStart(which);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
