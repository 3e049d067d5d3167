using BenchmarkDotNet.Attributes;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Benchmarks.Calendars;

/// <summary>
/// The calendar operations a statutory or KPI run calls per case: working-day arithmetic, bank holiday lookups,
/// label parsing and school closures. Targets (docs/calendars.md): each well under a microsecond per call except the
/// year-long count, and no allocation on the hot paths.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDate Friday = new(2024, 12, 20);
    private readonly WorkingDayCalendar workingDays = WorkingDayCalendar.EnglandAndWales;
    private readonly BankHolidayCalendar holidays = BankHolidayCalendar.EnglandAndWales;
    private readonly SchoolCalendar school = SchoolCalendar.FromClosures(
        "bench",
        new LocalDate(2024, 9, 4),
        new LocalDate(2025, 10, 24),
        new[] { new SchoolClosure(new LocalDate(2024, 12, 21), new LocalDate(2025, 1, 6)), new SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 9, 3)) },
        BankHolidayCalendar.EnglandAndWales);

    [Benchmark]
    public LocalDate AddWorkingDays_15OverChristmas() => workingDays.AddWorkingDays(Friday, 15);

    [Benchmark]
    public int CountWorkingDays_OneYear() => workingDays.CountWorkingDays(new LocalDate(2024, 3, 31), new LocalDate(2025, 3, 31));

    [Benchmark]
    public bool IsBankHoliday() => holidays.IsBankHoliday(Friday);

    [Benchmark]
    public FinancialYear ParseFinancialYear() => FinancialYear.Parse("FY24/25");

    [Benchmark]
    public string FormatFinancialYear() => new FinancialYear(2024).ToString();

    [Benchmark]
    public SchoolClosure? ClosureContaining() => school.ClosureContaining(new LocalDate(2025, 8, 15));
}
