using System.Collections.Generic;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// The England and Wales bank holidays by rule (Banking and Financial Dealings Act 1971, Sch 1, para 1, with New
/// Year's Day and the Early May bank holiday by annual royal proclamation under s.1(3)) plus the one-off changes made
/// by proclamation, held as data.
/// </summary>
internal static class EnglandAndWalesBankHolidays
{
    internal const int FirstYear = 2010;
    internal const int LastYear = 2040;

    internal const string NewYearsDay = "New Year's Day";
    internal const string GoodFriday = "Good Friday";
    internal const string EasterMonday = "Easter Monday";
    internal const string EarlyMay = "Early May bank holiday";
    internal const string Spring = "Spring bank holiday";
    internal const string Summer = "Summer bank holiday";
    internal const string ChristmasDay = "Christmas Day";
    internal const string BoxingDay = "Boxing Day";
    internal const string Substitute = " (substitute day)";

    /// <summary>
    /// One-off changes, each a usual date removed (or null) and a date added (or null). Sources: the proclamations as
    /// listed on gov.uk/bank-holidays and in The Gazette [S]; see docs/calendars.md.
    /// </summary>
    internal static IReadOnlyList<(LocalDate? Removed, BankHoliday? Added)> OneOffChanges { get; } = new (LocalDate?, BankHoliday?)[]
    {
        (null, new BankHoliday(new LocalDate(2011, 4, 29), "Royal wedding bank holiday")),
        (new LocalDate(2012, 5, 28), new BankHoliday(new LocalDate(2012, 6, 4), Spring)),
        (null, new BankHoliday(new LocalDate(2012, 6, 5), "Queen's Diamond Jubilee")),
        (new LocalDate(2020, 5, 4), new BankHoliday(new LocalDate(2020, 5, 8), EarlyMay + " (VE Day)")),
        (new LocalDate(2022, 5, 30), new BankHoliday(new LocalDate(2022, 6, 2), Spring)),
        (null, new BankHoliday(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday")),
        (null, new BankHoliday(new LocalDate(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II")),
        (null, new BankHoliday(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III")),
    };

    /// <summary>Every bank holiday in <paramref name="year"/>, by rule and then with the one-off changes applied, in date order.</summary>
    /// <remarks>A list sorted once rather than a sorted dictionary keyed by date: this runs for 31 years when the calendar is first used.</remarks>
    internal static List<BankHoliday> For(int year)
    {
        var holidays = new List<BankHoliday>(10);
        foreach (var holiday in ByRule(year))
        {
            Put(holidays, holiday);
        }

        foreach (var (removed, added) in OneOffChanges)
        {
            if (removed is LocalDate r && r.Year == year)
            {
                holidays.RemoveAll(h => h.Date == r);
            }

            if (added is not null && added.Date.Year == year)
            {
                Put(holidays, added);
            }
        }

        holidays.Sort((x, y) => x.Date.CompareTo(y.Date));
        return holidays;
    }

    /// <summary>Adds <paramref name="holiday"/>, replacing any holiday on the same date.</summary>
    private static void Put(List<BankHoliday> holidays, BankHoliday holiday)
    {
        holidays.RemoveAll(h => h.Date == holiday.Date);
        holidays.Add(holiday);
    }

    /// <summary>The holidays the 1971 Act's rules and the standing proclamations give, before one-off changes.</summary>
    internal static IEnumerable<BankHoliday> ByRule(int year)
    {
        // New Year's Day; when it falls on a Saturday or Sunday the following Monday is the holiday.
        var newYear = new LocalDate(year, 1, 1);
        yield return newYear.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday =>
                new BankHoliday(newYear.With(DateAdjusters.Next(IsoDayOfWeek.Monday)), NewYearsDay + Substitute),
            _ => new BankHoliday(newYear, NewYearsDay),
        };

        var easter = EasterSunday(year);
        yield return new BankHoliday(easter.PlusDays(-2), GoodFriday);
        yield return new BankHoliday(easter.PlusDays(1), EasterMonday);
        yield return new BankHoliday(new LocalDate(year, 5, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)), EarlyMay);
        yield return new BankHoliday(new LocalDate(year, 5, 31).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)), Spring);
        yield return new BankHoliday(new LocalDate(year, 8, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)), Summer);

        // Christmas Day and Boxing Day. Sch 1: 26 Dec if not a Sunday, else 27 Dec; 27 Dec when 25 or 26 Dec is a Sunday
        // (and, by proclamation, 28 Dec when 25 Dec is a Saturday). The result: each lost day moves to the next free weekday.
        var christmas = new LocalDate(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case IsoDayOfWeek.Friday: // Boxing Day is Saturday.
                yield return new BankHoliday(christmas, ChristmasDay);
                yield return new BankHoliday(new LocalDate(year, 12, 28), BoxingDay + Substitute);
                break;
            case IsoDayOfWeek.Saturday: // Both fall at the weekend.
                yield return new BankHoliday(new LocalDate(year, 12, 27), ChristmasDay + Substitute);
                yield return new BankHoliday(new LocalDate(year, 12, 28), BoxingDay + Substitute);
                break;
            case IsoDayOfWeek.Sunday: // Boxing Day is Monday.
                yield return new BankHoliday(new LocalDate(year, 12, 26), BoxingDay);
                yield return new BankHoliday(new LocalDate(year, 12, 27), ChristmasDay + Substitute);
                break;
            default:
                yield return new BankHoliday(christmas, ChristmasDay);
                yield return new BankHoliday(new LocalDate(year, 12, 26), BoxingDay);
                break;
        }
    }

    /// <summary>
    /// Easter Sunday in the Gregorian calendar by the anonymous ("Meeus/Jones/Butcher") algorithm. NodaTime has no
    /// Easter calculation, so this is written out; it is tested against the published dates.
    /// </summary>
    internal static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
