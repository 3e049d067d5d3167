using BenchmarkDotNet.Running;

namespace Send.Benchmarks;

/// <summary>Runs Send's benchmarks: <c>dotnet run -c Release --project benchmarks/Send.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
