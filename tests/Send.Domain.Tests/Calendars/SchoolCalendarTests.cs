using System;
using System.IO;
using System.Linq;
using NodaTime;
using Send.Data.Calendars;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class SchoolCalendarTests
{
    private static readonly string SamplePath = Path.Combine(RepositoryRoot(), "templates", "data", "school-calendar.sample.json");

    private static SchoolCalendar Sample() => SchoolCalendarReader.Load(File.ReadAllText(SamplePath), "school-calendar.sample.json");

    [Fact]
    public void Load_Sample_SevenTermsOneClosedDay()
    {
        var calendar = Sample();

        Assert.Equal(7, calendar.Terms.Count);
        Assert.Equal(new LocalDate(2025, 1, 6), Assert.Single(calendar.ClosedDays));
        Assert.Equal(new LocalDate(2024, 9, 4), calendar.FirstDay);
        Assert.Equal(new LocalDate(2025, 10, 24), calendar.LastDay);
    }

    [Fact]
    public void Closures_Sample_HandCountedHolidays()
    {
        // Hand-counted from the sample's term dates: each closure runs from the day after the last open day to the
        // reopening day, absorbing weekends, bank holidays and the INSET day on 6 January 2025.
        var expected = new[]
        {
            new SchoolClosure(new LocalDate(2024, 10, 26), new LocalDate(2024, 11, 4)), // October half term, 9 days
            new SchoolClosure(new LocalDate(2024, 12, 21), new LocalDate(2025, 1, 7)), // Christmas + INSET, 17 days
            new SchoolClosure(new LocalDate(2025, 2, 15), new LocalDate(2025, 2, 24)), // February half term, 9 days
            new SchoolClosure(new LocalDate(2025, 4, 5), new LocalDate(2025, 4, 22)), // Easter, 17 days
            new SchoolClosure(new LocalDate(2025, 5, 3), new LocalDate(2025, 5, 6)), // Early May bank holiday weekend, 3 days
            new SchoolClosure(new LocalDate(2025, 5, 24), new LocalDate(2025, 6, 2)), // May half term with Spring bank holiday, 9 days
            new SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 9, 3)), // Summer, 42 days
        };

        var closures = Sample().Closures;

        Assert.Equal(expected, closures);
        Assert.Equal(new[] { 9, 17, 9, 17, 3, 9, 42 }, closures.Select(c => c.LengthInDays));
        Assert.Equal(new[] { false, false, false, false, false, false, true }, closures.Select(c => c.IsAtLeastFourWeeks));
    }

    [Fact]
    public void ClosureContaining_SummerDay_SummerClosure()
    {
        var closure = Sample().ClosureContaining(new LocalDate(2025, 8, 15));

        Assert.Equal(new SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 9, 3)), closure);
    }

    [Fact]
    public void ClosureContaining_TermWeekend_NullButClosed()
    {
        var calendar = Sample();
        var saturday = new LocalDate(2024, 11, 9);

        Assert.Null(calendar.ClosureContaining(saturday));
        Assert.True(calendar.IsClosed(saturday));
    }

    [Theory]
    [InlineData(2025, 1, 6, false)] // INSET day
    [InlineData(2025, 1, 7, true)]
    [InlineData(2025, 5, 5, false)] // Early May bank holiday in term
    [InlineData(2025, 7, 22, true)] // Last day of the summer term
    [InlineData(2025, 7, 23, false)]
    [InlineData(2025, 9, 3, true)] // Reopening day
    public void IsOpen_SampleDays_AsPublished(int y, int m, int d, bool expected) =>
        Assert.Equal(expected, Sample().IsOpen(new LocalDate(y, m, d)));

    [Fact]
    public void IsClosed_BeforeFirstTerm_ThrowsNamingRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sample().IsClosed(new LocalDate(2024, 9, 3)));

        Assert.Contains("2024-09-04", ex.Message);
    }

    [Fact]
    public void Constructor_OverlappingTerms_Throws() =>
        Assert.Throws<ArgumentException>(() => new SchoolCalendar(
            "x",
            new[] { new Term("A", new LocalDate(2025, 1, 6), new LocalDate(2025, 2, 14)), new Term("B", new LocalDate(2025, 2, 14), new LocalDate(2025, 3, 1)) },
            Array.Empty<LocalDate>(),
            BankHolidayCalendar.EnglandAndWales));

    [Fact]
    public void SchoolClosure_ReopeningNotAfterFirstDay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchoolClosure(new LocalDate(2025, 1, 6), new LocalDate(2025, 1, 6)));

    [Fact]
    public void SchoolClosure_FourWeeksExactly_Qualifies()
    {
        var closure = new SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 8, 20));

        Assert.Equal(28, closure.LengthInDays);
        Assert.True(closure.IsAtLeastFourWeeks);
        Assert.False(new SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 8, 19)).IsAtLeastFourWeeks);
        Assert.True(closure.Contains(new LocalDate(2025, 8, 19)));
        Assert.False(closure.Contains(new LocalDate(2025, 8, 20)));
    }

    [Fact]
    public void ClosureContaining_EveryDayOfSample_AgreesWithClosuresList()
    {
        var calendar = Sample();

        for (var day = calendar.FirstDay; day <= calendar.LastDay; day = day.PlusDays(1))
        {
            var expected = calendar.Closures.Where(c => c.Contains(day)).Select(c => (SchoolClosure?)c).SingleOrDefault();
            Assert.Equal(expected, calendar.ClosureContaining(day));
            Assert.True(expected is null || calendar.IsClosed(day));
        }
    }

    [Fact]
    public void Terms_Sample_CannotBeCastBackAndChanged() =>
        Assert.IsNotType<Term[]>(Sample().Terms);

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Send.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Send.sln was not found above " + AppContext.BaseDirectory);
    }
}
