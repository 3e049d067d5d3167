using System.Threading.Tasks;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.HandWrittenYearBoundaryAnalyzer>;

namespace Send.Analyzers.Tests.Rules;

public sealed class HandWrittenYearBoundaryAnalyzerTests
{
    [Theory]
    [InlineData("new LocalDate(year, 4, 1)")]
    [InlineData("new LocalDate(year + 1, 3, 31)")]
    [InlineData("new LocalDate(year, 9, 1)")]
    [InlineData("new LocalDate(year, 8, 31)")]
    [InlineData("new LocalDate(day: 1, month: 4, year: year)")]
    public Task Analyze_BoundaryLiteral_Flags(string creation) => Verify.AnalyzeAsync($$"""
        using NodaTime;
        class Periods
        {
            LocalDate Boundary(int year) => {|SEND1005:{{creation}}|};
        }
        """);

    [Fact]
    public Task Analyze_DateTimeBoundary_Flags() => Verify.AnalyzeAsync("""
        class Periods
        {
            System.DateTime Start(int year) => {|SEND1005:new System.DateTime(year, 4, 1)|};
        }
        """);

    [Fact]
    public Task Analyze_OtherDates_DoNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        class Periods
        {
            LocalDate Census(int year) => new LocalDate(year, 1, 16);
            LocalDate Any(int year, int month) => new LocalDate(year, month, 1);
            System.DateTime WithTime(int year) => new System.DateTime(year, 4, 1, 9, 0, 0);
        }
        """);
}

public sealed class HandWrittenYearBoundaryCodeFixTests
{
    [Theory]
    [InlineData("new LocalDate(year, 4, 1)", "new FinancialYear(year).Start")]
    [InlineData("new LocalDate(year + 1, 3, 31)", "new FinancialYear(year).End")]
    [InlineData("new LocalDate(year, 3, 31)", "new FinancialYear(year - 1).End")]
    [InlineData("new LocalDate(year, 8, 31)", "new AcademicYear(year - 1).End")]
    [InlineData("new LocalDate(year, 9, 1)", "new AcademicYear(year).Start")]
    public Task Fix_BoundaryLiteral_UsesYearType(string before, string after) =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.HandWrittenYearBoundaryAnalyzer, Send.Analyzers.CodeFixes.HandWrittenYearBoundaryCodeFixProvider>.FixAsync(
            $$"""
            using NodaTime;
            using Send.Domain.Calendars;
            class Periods
            {
                LocalDate Boundary(int year) => {|SEND1005:{{before}}|};
            }
            """,
            $$"""
            using NodaTime;
            using Send.Domain.Calendars;
            class Periods
            {
                LocalDate Boundary(int year) => {{after}};
            }
            """);
}

/// <summary>Issue #19: a fixed date (a test's as-at date, a birthday) is not a year boundary.</summary>
public sealed class HandWrittenYearBoundaryPrecisionTests
{
    [Fact]
    public Task Analyze_ConstantYear_DoesNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        class Fixture
        {
            LocalDate AsAt = new LocalDate(2025, 3, 31);
            LocalDate Birthday = new LocalDate(2015, 9, 1);
            System.DateTime Census = new System.DateTime(2024, 4, 1);
        }
        """);

    [Fact]
    public Task Analyze_InsideTheYearTypes_DoesNotFlag() => Verify.AnalyzeAsync("""
        using NodaTime;
        namespace Send.Domain.Calendars
        {
            public readonly partial struct FinancialYear
            {
                LocalDate First(int year) => new LocalDate(year, 4, 1);
                LocalDate Last(int year) => new LocalDate(year + 1, 3, 31);
            }

            public readonly partial struct AcademicYear
            {
                LocalDate First(int year) => new LocalDate(year, 9, 1);
            }

            class NotAYearType
            {
                LocalDate Boundary(int year) => {|SEND1005:new LocalDate(year, 4, 1)|};
            }
        }
        """);

    [Fact]
    public Task FixAll_WithoutUsing_OnePassWithSimpleNames() =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.HandWrittenYearBoundaryAnalyzer, Send.Analyzers.CodeFixes.HandWrittenYearBoundaryCodeFixProvider>.FixAllInOnePassAsync(
            """
            using NodaTime;
            class Periods
            {
                (LocalDate, LocalDate) Financial(int year) => ({|SEND1005:new LocalDate(year, 4, 1)|}, {|SEND1005:new LocalDate(year + 1, 3, 31)|});
                (LocalDate, LocalDate) Academic(int year) => ({|SEND1005:new LocalDate(year, 9, 1)|}, {|SEND1005:new LocalDate(year + 1, 8, 31)|});
            }
            """,
            """
            using NodaTime;
            using Send.Domain.Calendars;

            class Periods
            {
                (LocalDate, LocalDate) Financial(int year) => (new FinancialYear(year).Start, new FinancialYear(year).End);
                (LocalDate, LocalDate) Academic(int year) => (new AcademicYear(year).Start, new AcademicYear(year).End);
            }
            """);
}
