using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Send.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Send.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs Send.Domain, Send.Data and Send.Reporting into a temp folder feed under a unique prerelease version, restores the sample
/// consumer in EndToEnd/Consumer from that feed (other packages from the machine's global packages folder as a
/// fallback; the temp packages folder is deleted afterwards), builds it, and checks that the analyzers loaded (with
/// Scriban beside them) and reported the consumer's known mistakes in C# and in templates. This is the only test that
/// catches an analyzer that fails to load its dependencies. Then builds a second consumer that references only
/// Send.Domain and checks that no file-format package (Open XML SDK, System.Text.Json, Send.Data) reaches it.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "send-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    [Fact]
    public void PackedAnalyzers_ConsumerWithMistakes_ReportsCodeAndTemplateDiagnostics()
    {
        var root = TestReferences.Metadata("RepositoryRoot");
        var version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        var feed = Path.Combine(_work, "feed");
        var packages = Path.Combine(_work, "packages");
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(feed);

        // Only the package version is unique (PackageVersion, not Version), so the assemblies the test run has just
        // built in the same configuration are up to date and packing does not recompile them.
        // Packing does not restore either: a restore with another PackageVersion would rewrite the projects' assets files
        // under a concurrently running build.
        var configuration = TestReferences.Metadata("Configuration");
        if (!File.Exists(Path.Combine(root, "src", "Send.Reporting", "obj", "project.assets.json")))
        {
            Run(root, "restore", "src/Send.Reporting/Send.Reporting.csproj");
        }

        Run(root, "pack", "src/Send.Reporting/Send.Reporting.csproj", "-c", configuration, "-o", feed, "--no-restore", $"-p:PackageVersion={version}");
        Run(root, "pack", "src/Send.Data/Send.Data.csproj", "-c", configuration, "-o", feed, "--no-restore", "--no-build", $"-p:PackageVersion={version}");
        Run(root, "pack", "src/Send.Domain/Send.Domain.csproj", "-c", configuration, "-o", feed, "--no-restore", "--no-build", $"-p:PackageVersion={version}");

        CopyConsumer(Path.Combine(root, "tests", "Send.Analyzers.Tests", "EndToEnd", "Consumer"), consumer, version, feed, packages);

        var sarif = Path.Combine(_work, "build.sarif");
        var build = Run(consumer, expectSuccess: false, "build", "Consumer.csproj", "-nologo", $"-p:ErrorLog={sarif}%2Cversion=2.1");

        // CS8032-CS8034: an analyzer (or a dependency such as Scriban) failed to load; AD0001: an analyzer threw.
        Assert.DoesNotMatch(new Regex(@"\b(CS8032|CS8033|CS8034|AD0001)\b"), build.Output);
        Assert.NotEqual(0, build.ExitCode);

        var diagnostics = Diagnostics(sarif);
        Assert.Contains(diagnostics, d => d.Id == "SEND1001" && d.File.EndsWith("Mistakes.cs", StringComparison.Ordinal) && d.Line == 9);
        Assert.Contains(diagnostics, d => d.Id == "SEND2002" && d.File.EndsWith("unknown-variable.md.scriban", StringComparison.Ordinal)
            && d.Line == 4 && d.Column == 15 && d.Message.Contains("did you mean 'deficit_table'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "SEND2001" && d.File.EndsWith("syntax-error.md.scriban", StringComparison.Ordinal) && d.Line == 3);
        Assert.Contains(diagnostics, d => d.Id == "SEND2004" && d.File.EndsWith("missing-include.md.scriban", StringComparison.Ordinal)
            && d.Line == 2 && d.Message.Contains("partials/no-such-partial", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("'partials/footer.md.scriban'", StringComparison.Ordinal));

        // Each mistake is reported once, although both packages carry the analyzers.
        var distinct = diagnostics.Select(d => (d.Id, d.File, d.Line, d.Column)).Distinct().Count();
        Assert.Equal(distinct, diagnostics.Count);

        // Opting out of AdditionalFiles removes the template diagnostics but keeps the code rules.
        var optOutSarif = Path.Combine(_work, "opt-out.sarif");
        Run(consumer, expectSuccess: true, "build", "Consumer.csproj", "-nologo", "-p:SendTemplatesAsAdditionalFiles=false", $"-p:ErrorLog={optOutSarif}%2Cversion=2.1");
        var optOutDiagnostics = Diagnostics(optOutSarif);
        Assert.DoesNotContain(optOutDiagnostics, d => d.Id.StartsWith("SEND2", StringComparison.Ordinal));
        Assert.Contains(optOutDiagnostics, d => d.Id == "SEND1001");

        // Issue #19: a consumer that references only Send.Domain gets the domain and NodaTime, no file formats.
        var domainOnly = Path.Combine(_work, "domain-only");
        CopyConsumer(Path.Combine(root, "tests", "Send.Analyzers.Tests", "EndToEnd", "DomainOnlyConsumer"), domainOnly, version, feed, packages);
        Run(domainOnly, expectSuccess: true, "build", "DomainOnlyConsumer.csproj", "-nologo", "-o", Path.Combine(domainOnly, "out"));
        var shipped = Directory.GetFiles(Path.Combine(domainOnly, "out"), "*.dll").Select(Path.GetFileName).ToList();
        Assert.Contains("Send.Domain.dll", shipped);
        Assert.Contains("NodaTime.dll", shipped);
        Assert.DoesNotContain(shipped, f => f!.StartsWith("DocumentFormat.OpenXml", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("System.Text.Json", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("NodaTime.Serialization", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("Send.Data", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("Scriban", StringComparison.OrdinalIgnoreCase));
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(domainOnly, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();
        Assert.DoesNotContain(libraries, l => l.StartsWith("DocumentFormat.OpenXml", StringComparison.OrdinalIgnoreCase)
            || l.Equals("System.Text.Json", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("NodaTime.Serialization", StringComparison.OrdinalIgnoreCase)
            || l.Equals("Send.Data", StringComparison.OrdinalIgnoreCase));
    }

    private static void CopyConsumer(string source, string target, string version, string feed, string packages)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var destination = Path.Combine(target, relative.EndsWith(".template", StringComparison.Ordinal) ? relative[..^".template".Length] : relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var text = File.ReadAllText(file)
                .Replace("$SEND_VERSION$", version, StringComparison.Ordinal)
                .Replace("$FEED$", feed, StringComparison.Ordinal)
                .Replace("$PACKAGES$", packages, StringComparison.Ordinal)
                .Replace("$FALLBACK$", GlobalPackagesFolder(), StringComparison.Ordinal);
            File.WriteAllText(destination, text);
        }

        // Keep the repository's Directory.Build.props and Directory.Packages.props out of the consumer's build.
        File.WriteAllText(Path.Combine(target, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(target, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(target, "Directory.Packages.props"), "<Project />");
    }

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }

    private sealed record BuildDiagnostic(string File, int Line, int Column, string Id, string Message);

    /// <summary>The SEND diagnostics in the compiler's SARIF 2.1 error log (each reported diagnostic once).</summary>
    private static List<BuildDiagnostic> Diagnostics(string sarifPath)
    {
        Assert.True(File.Exists(sarifPath), $"the compiler wrote no error log at {sarifPath}");
        using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var list = new List<BuildDiagnostic>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var id = result.GetProperty("ruleId").GetString() ?? string.Empty;
                if (!id.StartsWith("SEND", StringComparison.Ordinal))
                {
                    continue;
                }

                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                list.Add(new BuildDiagnostic(
                    Uri.UnescapeDataString(location.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? string.Empty),
                    region.GetProperty("startLine").GetInt32(),
                    region.GetProperty("startColumn").GetInt32(),
                    id,
                    result.GetProperty("message").GetProperty("text").GetString() ?? string.Empty));
            }
        }

        return list;
    }

    internal static (int ExitCode, string Output) Run(string directory, params string[] arguments) => Run(directory, true, arguments);

    internal static (int ExitCode, string Output) Run(string directory, bool expectSuccess, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run inside an MSBuild-launched process; the child build must resolve its own SDK.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "MSBUILD_EXE_PATH").ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["UseSharedCompilation"] = "false";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'dotnet {string.Join(' ', arguments)}' did not finish within {StepTimeout}.");
        }

        var output = stdout.Result + stderr.Result;
        if (expectSuccess && process.ExitCode != 0)
        {
            Assert.Fail($"'dotnet {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}:\n{output}");
        }

        return (process.ExitCode, output);
    }
}
