using System;
using System.IO;
using Xunit;

namespace Send.Analyzers.Tests.EndToEnd;

/// <summary>
/// Issue #19: <c>dotnet format analyzers</c> failed with "doesn't support Fix All in Solution" for SEND1002, SEND1003
/// and SEND1004, and SEND1005's fix needed two passes and wrote <c>global::</c> names. Here every code fix is applied
/// by one <c>dotnet format</c> run over a sample project (the real Send.Domain, the built analyzers), and a second run
/// with <c>--verify-no-changes</c> finds nothing left to fix.
/// </summary>
public sealed class DotnetFormatTests
{
    private const string Diagnostics = "SEND1002 SEND1003 SEND1004 SEND1005 SEND1006";

    private const string Sample = """
        using System;
        using NodaTime;
        using Send.Domain.Finance;
        using Send.Domain.Kpis;

        public static class Sample
        {
            public static bool Late(LocalDate request, LocalDate today) => today > request.PlusWeeks(20) || today > request + Period.FromWeeks(6);
            public static Money Fee() => Money.FromPounds((decimal)1250.75);
            public static Money Grant()
            {
                double pounds = 99.5;
                return Money.FromPounds((decimal)pounds) + Money.FromPounds((decimal)pounds);
            }
            public static bool Better(Polarity polarity, KpiValue ours, KpiValue england) => ours.Number > england.Number;
            public static (LocalDate, LocalDate) Financial(int year) => (new LocalDate(year, 4, 1), new LocalDate(year + 1, 3, 31));
            public static LocalDate AcademicStart(int year) => new LocalDate(year, 9, 1);
            public static decimal Cell(Money m) => Math.Round(m.Pounds, 2) + decimal.Round(m.Millions, 1);
        }
        """;

    [Fact]
    public void DotnetFormatAnalyzers_EveryFix_OnePass()
    {
        var folder = Path.Combine(Path.GetTempPath(), "send-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var bin = AppContext.BaseDirectory;
            string Dll(string name) => Path.Combine(bin, name + ".dll");
            File.WriteAllText(Path.Combine(folder, "Sample.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="{Dll("Send.Domain")}" />
                    <Reference Include="{Dll("NodaTime")}" />
                    <Analyzer Include="{Dll("Send.Analyzers")}" />
                    <Analyzer Include="{Dll("Send.Analyzers.CodeFixes")}" />
                    <Analyzer Include="{Dll("Scriban.Signed")}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Sample.cs"), Sample);

            EndToEndTests.Run(folder, "restore", "Sample.csproj");
            var (_, output) = EndToEndTests.Run(folder, "format", "analyzers", "Sample.csproj", "--no-restore", "--severity", "warn", "--diagnostics", Diagnostics.Split(' ')[0], Diagnostics.Split(' ')[1], Diagnostics.Split(' ')[2], Diagnostics.Split(' ')[3], Diagnostics.Split(' ')[4], "-v", "diag");
            Assert.DoesNotContain("Fix All", output, StringComparison.Ordinal);

            var fixedCode = File.ReadAllText(Path.Combine(folder, "Sample.cs"));
            Assert.Contains("today > DeadlineEngine.EnglandAndWales.Compute(\"EHC-FINAL-PLAN\", request).Due", fixedCode, StringComparison.Ordinal);
            Assert.Contains("today > DeadlineEngine.EnglandAndWales.Compute(\"EHC-ASSESS-DECISION\", request).Due", fixedCode, StringComparison.Ordinal);
            Assert.Contains("Money.FromPounds(1250.75m)", fixedCode, StringComparison.Ordinal);
            Assert.Contains("decimal pounds = 99.5m;", fixedCode, StringComparison.Ordinal);
            Assert.Contains("Money.FromPounds(pounds) + Money.FromPounds(pounds)", fixedCode, StringComparison.Ordinal);
            Assert.Contains("KpiComparison.Judge(ours, england, polarity, null) == Verdict.Better", fixedCode, StringComparison.Ordinal);
            Assert.Contains("(new FinancialYear(year).Start, new FinancialYear(year).End)", fixedCode, StringComparison.Ordinal);
            Assert.Contains("new AcademicYear(year).Start", fixedCode, StringComparison.Ordinal);
            Assert.Contains("Math.Round(m.Pounds, 2, MidpointRounding.AwayFromZero) + decimal.Round(m.Millions, 1, MidpointRounding.AwayFromZero)", fixedCode, StringComparison.Ordinal);
            Assert.Contains("using Send.Domain.Calendars;", fixedCode, StringComparison.Ordinal);
            Assert.Contains("using Send.Domain.Statutory;", fixedCode, StringComparison.Ordinal);
            Assert.DoesNotContain("global::", fixedCode, StringComparison.Ordinal);

            // One pass was enough: a second run has nothing to change.
            var (exitCode, second) = EndToEndTests.Run(folder, false, "format", "analyzers", "Sample.csproj", "--no-restore", "--severity", "warn", "--verify-no-changes", "--diagnostics", Diagnostics.Split(' ')[0], Diagnostics.Split(' ')[1], Diagnostics.Split(' ')[2], Diagnostics.Split(' ')[3], Diagnostics.Split(' ')[4]);
            Assert.True(exitCode == 0, "A second dotnet format run still found fixes:\n" + second + "\n" + fixedCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
