using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Tests.Calendars;

/// <summary>A count of working days from 0 to 300, so that counts from any generated date stay inside the bank holiday years.</summary>
public readonly record struct DayCount(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>FsCheck generators for the calendar tests: dates 2010 to 2035 and the year types over them.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate First = new(2010, 1, 1);
    private static readonly int Span = Period.Between(First, new LocalDate(2035, 12, 31), PeriodUnits.Days).Days;

    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, Span).Select(offset => First.PlusDays(offset)).ToArbitrary();

    public static Arbitrary<DayCount> Counts() =>
        Gen.Choose(0, 300).Select(n => new DayCount(n)).ToArbitrary();

    public static Arbitrary<FinancialYear> FinancialYears() =>
        Gen.Choose(2010, 2035).Select(y => new FinancialYear(y)).ToArbitrary();

    public static Arbitrary<AcademicYear> AcademicYears() =>
        Gen.Choose(2010, 2035).Select(y => new AcademicYear(y)).ToArbitrary();

    public static Arbitrary<PeriodLabelStyle> Styles() =>
        Gen.Elements(System.Enum.GetValues<PeriodLabelStyle>()).ToArbitrary();
}
