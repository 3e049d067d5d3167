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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
