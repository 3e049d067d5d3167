using System.IO;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Calendars;

namespace Send.Cli.Commands.Timescales;

/// <summary>Parses ISO dates given on the command line, with a usage error that quotes the value and the expected form.</summary>
internal static class DateArgument
{
    public static bool TryParse(string? text, string option, TextWriter error, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        var first = BankHolidayCalendar.EnglandAndWales.FirstYear;
        var last = BankHolidayCalendar.EnglandAndWales.LastYear - 1;
        if (!result.Success)
        {
            error.WriteLine($"send timescales: {option}: '{text}' is not a date; expected YYYY-MM-DD (for example 2025-01-13).");
            return false;
        }

        if (result.Value.Year < first || result.Value.Year > last)
        {
            error.WriteLine($"send timescales: {option}: '{text}' is outside the years the working-day calendar covers; expected a date from {first}-01-01 to {last}-12-31.");
            return false;
        }

        date = result.Value;
        return true;
    }

    public static bool TryParseOptional(string? text, string option, TextWriter error, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!TryParse(text, option, error, out var value))
        {
            return false;
        }

        date = value;
        return true;
    }
}
