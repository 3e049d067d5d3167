using System.IO;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Statutory;

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
        if (!result.Success)
        {
            error.WriteLine($"send timescales: {option}: '{text}' is not a date; expected YYYY-MM-DD (for example 2025-01-13).");
            return false;
        }

        if (!SupportedDates.Contains(result.Value))
        {
            error.WriteLine($"send timescales: {option}: '{text}': {SupportedDates.Describe(result.Value)}.");
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
