using System.Threading.Tasks;
using Send.Analyzers.Rules;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.NoSystemClockAnalyzer>;

namespace Send.Analyzers.Tests.Rules;

public sealed class NoSystemClockAnalyzerTests
{
    [Theory]
    [InlineData("System.DateTime.Now")]
    [InlineData("System.DateTime.Today")]
    [InlineData("System.DateTime.UtcNow")]
    [InlineData("System.DateTimeOffset.Now")]
    [InlineData("System.DateTimeOffset.UtcNow")]
    public Task Analyze_MachineClockProperty_Flags(string expression) => Verify.AnalyzeAsync($$"""
        class Deadlines
        {
            object Today() => {|SEND1001:{{expression}}|};
        }
        """);

    [Fact]
    public Task Analyze_SystemClockInstanceInLibraryCode_Flags() => Verify.AnalyzeAsync("""
        class Deadlines
        {
            NodaTime.Instant Now() => {|SEND1001:NodaTime.SystemClock.Instance|}.GetCurrentInstant();
        }
        """);

    [Fact]
    public Task Analyze_InjectedClock_DoesNotFlag() => Verify.AnalyzeAsync("""
        class Deadlines
        {
            private readonly NodaTime.IClock clock;
            Deadlines(NodaTime.IClock clock) => this.clock = clock;
            NodaTime.Instant Now() => clock.GetCurrentInstant();
            System.DateTime Fixed() => new System.DateTime(2025, 1, 1).AddDays(1);
        }
        """);

    [Fact]
    public Task Analyze_SystemClockInstanceInMain_DoesNotFlag() => Verify.AnalyzeAsync("""
        class Program
        {
            static void Main()
            {
                NodaTime.IClock clock = NodaTime.SystemClock.Instance;
                System.Func<NodaTime.IClock> later = () => NodaTime.SystemClock.Instance;
            }
        }
        """, test => test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public Task Analyze_SystemClockInstanceInTopLevelStatements_DoesNotFlag() => Verify.AnalyzeAsync("""
        NodaTime.IClock clock = NodaTime.SystemClock.Instance;
        System.Console.WriteLine(clock.GetCurrentInstant());
        """, test => test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public Task Analyze_StaticMainInLibrary_Flags() => Verify.AnalyzeAsync("""
        class NotAProgram
        {
            static void Main() { var clock = {|SEND1001:NodaTime.SystemClock.Instance|}; }
        }
        """);

    [Fact]
    public Task Analyze_SystemClockInstanceInCompositionRootType_DoesNotFlag() => Verify.AnalyzeAsync("""
        sealed class CompositionRootAttribute : System.Attribute { }

        [CompositionRoot]
        static class Services
        {
            public static NodaTime.IClock Clock() => NodaTime.SystemClock.Instance;
        }
        """);

    [Fact]
    public Task Analyze_DateTimeNowInMain_StillFlags() => Verify.AnalyzeAsync("""
        class Program
        {
            static void Main()
            {
                var now = {|SEND1001:System.DateTime.Now|};
            }
        }
        """);

    [Fact]
    public void Descriptor_IsWarning() =>
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, NoSystemClockAnalyzer.Rule.DefaultSeverity);
}

/// <summary>Issue #19: log timestamps and elapsed-time measurement are not "today".</summary>
public sealed class NoSystemClockPrecisionTests
{
    [Fact]
    public Task Analyze_LogTimestamp_DoesNotFlag() => Verify.AnalyzeAsync("""
        using System;
        class Log
        {
            void Write(string message) => Console.WriteLine($"{DateTime.UtcNow:O} {message}");
            void Write2(string message) => Console.WriteLine("{0} {1}", DateTimeOffset.Now, message);
            string Stamp() => DateTime.UtcNow.ToString("O");
        }
        """);

    [Fact]
    public Task Analyze_ElapsedTime_DoesNotFlag() => Verify.AnalyzeAsync("""
        using System;
        class Timing
        {
            TimeSpan Measure(Action work)
            {
                var started = DateTime.UtcNow;
                work();
                return DateTime.UtcNow - started;
            }
        }
        """);

    [Fact]
    public Task Analyze_TimestampLocalAlsoUsedAsDate_Flags() => Verify.AnalyzeAsync("""
        using System;
        class Timing
        {
            int Year()
            {
                var started = {|SEND1001:DateTime.UtcNow|};
                Console.WriteLine(DateTime.UtcNow - started);
                return started.Year;
            }
            DateTime Today() => {|SEND1001:DateTime.Today|};
            string Day() => $"{{|SEND1001:DateTime.Today|}:d}";
        }
        """);
}
