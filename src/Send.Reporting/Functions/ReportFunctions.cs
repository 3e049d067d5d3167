using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Finance;
using Send.Domain.Kpis;
using Send.Reporting.Styling;
using Send.Reporting.Templating;

namespace Send.Reporting.Functions;

/// <summary>
/// The formatting functions every report template can call. Each public method is a template function named by
/// <see cref="MemberNaming"/> (<c>FormatDate</c> is <c>format_date</c>); the names are listed in
/// <see cref="TemplateFunctionNames"/>.
/// </summary>
/// <remarks>
/// Output is English (en-GB) whatever the machine's culture. A value of the wrong kind is a template error naming
/// the function, the value and what it expects. Functions return plain text, which the engine escapes like any other
/// value, except <see cref="Raw"/> and <see cref="Rag"/>, which return Markdown.
/// </remarks>
public static class ReportFunctions
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM yyyy", EnglishUk);
    private static readonly LocalDatePattern MonthYear = LocalDatePattern.Create("MMMM yyyy", EnglishUk);

    /// <summary>Three-letter months: .NET's en-GB data (from ICU) writes "Sept", which sits oddly among the others in a table.</summary>
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// <c>format_date</c>: a date as council papers write it: <c>format_date d</c> gives "24 October 2024",
    /// <c>format_date d "short"</c> "24 Oct 2024" (three-letter months throughout: "Sep", never "Sept"), and
    /// <c>format_date d "month"</c> "October 2024".
    /// </summary>
    /// <param name="date">A NodaTime <see cref="LocalDate"/>, or an ISO date as text ("2024-10-24", as JSON data holds dates).</param>
    /// <param name="form">"long" (the default), "short" or "month".</param>
    /// <returns>The date in en-GB.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is neither, or <paramref name="form"/> is not one of the three.</exception>
    public static string FormatDate(object? date, string form = "long")
    {
        var value = date switch
        {
            LocalDate local => local,
            string text when LocalDatePattern.Iso.Parse(text) is { Success: true } parsed => parsed.Value,
            _ => throw Expected("format_date", date, "a date"),
        };

        return form switch
        {
            "long" => LongDate.Format(value),
            "short" => value.Day.ToString(CultureInfo.InvariantCulture) + " " + ShortMonths[value.Month - 1] + " " + value.Year.ToString("0000", CultureInfo.InvariantCulture),
            "month" => MonthYear.Format(value),
            _ => throw new ArgumentException($"format_date: form '{form}' is not known; expected \"long\" (24 October 2024), \"short\" (24 Oct 2024) or \"month\" (October 2024)"),
        };
    }

    /// <summary>
    /// <c>format_money</c>: an amount as council papers write it in text, by Send.Domain's <see cref="MoneyFormat"/>:
    /// a million or more as "£84.5m" (one decimal place unless <paramref name="decimals"/> says otherwise, e.g. 3 for
    /// "£10.156m"), smaller amounts in whole pounds, "£17,000"; negative amounts with a leading minus, "-£6.7m", or
    /// in brackets with <c>format_money x 1 "brackets"</c>, "(£6.7m)".
    /// </summary>
    /// <remarks>
    /// A negative literal must be in brackets: Scriban reads <c>format_money -6700000</c> as "format_money minus
    /// 6700000" and calls the function with no arguments. Write <c>format_money(-6700000)</c>; a value from the model
    /// (<c>format_money deficit</c>) needs nothing.
    /// </remarks>
    /// <param name="amount">A <see cref="Money"/>, or a number of pounds.</param>
    /// <param name="decimals">Decimal places for millions; default 1.</param>
    /// <param name="negative">"minus" (the default) or "brackets".</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not money or a number, decimals is out of 0..6, or negative is not "minus" or "brackets".</exception>
    public static string FormatMoney(object? amount = null, int decimals = 1, string negative = "minus")
    {
        CheckDecimals("format_money", decimals);
        var money = ToMoney("format_money", amount);
        return money.ToString((Math.Abs(money.Pounds) >= 1_000_000m ? MoneyFormat.Millions(decimals) : MoneyFormat.Pounds).WithNegative(Negative("format_money", negative)));
    }

    /// <summary>
    /// <c>format_money_table</c>: an amount in the table style of council finance papers, £m without a symbol to
    /// three decimal places (<see cref="MoneyFormat.Table"/>): "35.214", "-6.700". Head the column "£m".
    /// </summary>
    /// <param name="amount">A <see cref="Money"/>, or a number of pounds.</param>
    /// <param name="decimals">Decimal places; default 3.</param>
    /// <param name="negative">"minus" (the default, "-6.700") or "brackets" ("(6.700)").</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not money or a number, decimals is out of 0..6, or negative is not "minus" or "brackets".</exception>
    public static string FormatMoneyTable(object? amount = null, int decimals = 3, string negative = "minus")
    {
        CheckDecimals("format_money_table", decimals);
        return ToMoney("format_money_table", amount).ToString(MoneyFormat.TableOf(decimals).WithNegative(Negative("format_money_table", negative)));
    }

    private static NegativeStyle Negative(string function, string negative) => negative switch
    {
        "minus" => NegativeStyle.MinusSign,
        "brackets" => NegativeStyle.Brackets,
        _ => throw new ArgumentException($"{function}: negative style '{negative}' is not known; expected \"minus\" (-£6.7m) or \"brackets\" ((£6.7m))"),
    };

    /// <summary><c>format_percent</c>: a percentage to one decimal place; 18.42 gives "18.4%".</summary>
    /// <param name="value">The percentage itself (18.42 for 18.42%), not a fraction.</param>
    /// <returns>The formatted percentage.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a number.</exception>
    public static string FormatPercent(object? value = null) =>
        Math.Round(ToDecimal("format_percent", value), 1, MidpointRounding.AwayFromZero).ToString("0.0", EnglishUk) + "%";

    /// <summary><c>format_number</c>: a number with thousands separators; 1070 gives "1,070".</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">Decimal places; default 0.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a number or a DfE suppression symbol (which prints as itself), or decimals is out of 0..6.</exception>
    public static string FormatNumber(object? value = null, int decimals = 0)
    {
        CheckDecimals("format_number", decimals);
        if (value is string symbol && symbol.Length > 0 && KpiValue.TryParseSymbol(symbol.Trim(), out _))
        {
            // A DfE suppression symbol in a number column (c, x, z, low...) prints as itself.
            return symbol.Trim();
        }

        var number = Math.Round(ToDecimal("format_number", value), decimals, MidpointRounding.AwayFromZero);
        return number.ToString("#,0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty), EnglishUk);
    }

    /// <summary>
    /// <c>sum</c>: the total of a list of numbers, or of one member of each row of a bound table (a CSV or .xlsx
    /// data source, a JSON array): <c>{{ months | sum "issued" }}</c>. The total is exact (decimal arithmetic); format
    /// it with <c>format_number</c> or <c>format_money</c>.
    /// </summary>
    /// <remarks>
    /// Not a silent total: an empty cell, a DfE suppression symbol (<c>c</c>, <c>x</c>...), text or a row without the
    /// member is an error naming the row (counted from 1) and the value, because a total over a gap would print a
    /// figure that is wrong. An empty list totals 0.
    /// </remarks>
    /// <param name="values">The list: numbers, or rows (objects) when <paramref name="member"/> is given.</param>
    /// <param name="member">The member of each row to total, as the data spells it; null to total the items themselves.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is not a list, or an item is not a number.</exception>
    public static decimal Sum(object? values, string? member = null)
    {
        const string Function = "sum";
        if (values is null or string || values is not System.Collections.IEnumerable items)
        {
            throw Expected(Function, values, member is null ? "a list of numbers" : $"a list of rows, each with a number in '{member}'");
        }

        var total = 0m;
        var row = 0;
        foreach (var item in items)
        {
            row++;
            object? value = item;
            if (member is not null)
            {
                if (item is not IDictionary<string, object?> fields || !fields.TryGetValue(member, out value))
                {
                    throw new ArgumentException($"{Function}: row {row.ToString(EnglishUk)} has no member '{member}'; expected every row to have it (names are as the data spells them)");
                }
            }

            var where = member is null ? $"item {row.ToString(EnglishUk)}" : $"row {row.ToString(EnglishUk)} '{member}'";
            if (value is string text && KpiValue.TryParseSymbol(text.Trim(), out _))
            {
                throw new ArgumentException($"{Function}: {where} is the suppressed figure '{text.Trim()}'; a total over suppressed figures would be wrong: leave the total out or print the published one");
            }

            try
            {
                total += ToDecimal(Function, value);
            }
            catch (ArgumentException)
            {
                throw new ArgumentException($"{Function}: {where} is {Describe(value)}; expected a number");
            }
        }

        return total;
    }

    /// <summary><c>period_label</c>: the label of a Send period such as a financial year ("2024/25").</summary>
    /// <param name="period">A period type from Send.Domain (its <c>ToString</c> is its label) or text.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a Send period.</exception>
    public static string PeriodLabel(object? period) => period switch
    {
        string text => text,
        not null when period.GetType().Namespace?.StartsWith("Send.Domain", StringComparison.Ordinal) == true => period.ToString() ?? string.Empty,
        _ => throw Expected("period_label", period, "a financial or academic year"),
    };

    /// <summary><c>raw</c>: marks text as trusted Markdown, written without escaping. Use only for Markdown a template author wrote.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The Markdown, marked as trusted.</returns>
    public static RawMarkdown Raw(string? markdown) => new(markdown ?? string.Empty);

    /// <summary>
    /// <c>rag</c>: a RAG marker for a table cell; the cell is shaded from the house style's palette and shows the
    /// status word. "Not rated" (Send.Domain's <see cref="RagStatus.NotRated"/>, the KPI engine's <c>NoRating</c>)
    /// is written as the words "Not rated" without a fill.
    /// </summary>
    /// <param name="status">"red", "amber" or "green" (any case), or any enum value named Red, Amber, Green, NotRated or NoRating (Send.Domain's RAG types).</param>
    /// <returns>The marker, <c>[[rag:green]]</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not a RAG status.</exception>
    public static RawMarkdown Rag(object? status)
    {
        var text = status switch
        {
            string s => s,
            Enum e => e.ToString(),
            _ => null,
        };
        if (text is not null && RagStatusText.TryParse(text, out var known))
        {
            return new RawMarkdown(known == RagStatus.NotRated ? NotRatedText : RagStatusText.Marker(known));
        }

        throw Expected("rag", status, "\"red\", \"amber\" or \"green\"");
    }

    /// <summary>What an unrated cell says.</summary>
    internal const string NotRatedText = "Not rated";

    internal static Money ToMoney(string function, object? value) =>
        value is Money money ? money : Money.FromPounds(ToDecimal(function, value));

    private static void CheckDecimals(string function, int decimals)
    {
        if (decimals is < 0 or > 6)
        {
            throw new ArgumentException($"{function}: decimals must be 0 to 6 (found {decimals})");
        }
    }

    internal static decimal ToDecimal(string function, object? value) => value switch
    {
        null => throw new ArgumentException($"{function}: found nothing (null); expected a number. A negative number written straight after the function name is read as a subtraction (Scriban reads '{function} -6700000' as '{function} minus 6700000'): write {function}(-6700000)"),
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
        float f when !float.IsNaN(f) && !float.IsInfinity(f) => (decimal)f,
        System.Numerics.BigInteger big => (decimal)big,
        _ => throw Expected(function, value, "a number"),
    };

    private static ArgumentException Expected(string function, object? value, string expected) =>
        new($"{function}: found {Describe(value)}; expected {expected}");

    private static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string text => $"'{text}'",
        _ => $"'{Convert.ToString(value, EnglishUk)}'",
    };
}
