using System;
using System.Globalization;

namespace Send.Domain.Finance;

/// <summary>
/// The monitoring round a forecast was made at, as finance papers print it: "Month 7", "M8", "P7", "Q2" (DSG reference,
/// section 11: "record the monitoring period (for example 'month 8', 'Q2')").
/// </summary>
/// <remarks>
/// <para>
/// Months count from the start of the financial year: month 1 is April and month 12 is March. A quarter is held as
/// its last month (Q2 is month 6) with its label kept, so periods order by how far into the year they are. This is
/// not a calendar month and not an academic-year term.
/// </para>
/// <para>
/// The default value has <see cref="Month"/> 0 and an empty label: it is not a valid period. Immutable; equality is
/// structural (month and label), ordering is by <see cref="Month"/>.
/// </para>
/// </remarks>
public readonly record struct MonitoringPeriod : IComparable<MonitoringPeriod>
{
    private readonly string? label;

    private MonitoringPeriod(int month, string label)
    {
        Month = month;
        this.label = label;
    }

    /// <summary>The month of the financial year the figures are as at, 1 (April) to 12 (March); for a quarter, its last month.</summary>
    public int Month { get; }

    /// <summary>How the period is written: "Month 7" or "Q2".</summary>
    public string Label => label ?? string.Empty;

    /// <summary>Whether the period was given as a quarter.</summary>
    public bool IsQuarter => Label.StartsWith('Q');

    /// <summary>Month <paramref name="month"/> of the financial year.</summary>
    /// <param name="month">1 (April) to 12 (March).</param>
    /// <returns>The period, labelled "Month n".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1 to 12.</exception>
    public static MonitoringPeriod OfMonth(int month) =>
        month is >= 1 and <= 12 ? new(month, "Month " + month.ToString(CultureInfo.InvariantCulture))
        : throw new ArgumentOutOfRangeException(nameof(month), month, "A monitoring month is 1 (April) to 12 (March).");

    /// <summary>Quarter <paramref name="quarter"/> of the financial year (Q1 is April to June).</summary>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period, labelled "Qn", at month 3n.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1 to 4.</exception>
    public static MonitoringPeriod OfQuarter(int quarter) =>
        quarter is >= 1 and <= 4 ? new(quarter * 3, "Q" + quarter.ToString(CultureInfo.InvariantCulture))
        : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");

    /// <summary>The forms <see cref="TryParse"/> accepts, for messages.</summary>
    public const string AcceptedForms = "a monitoring period such as \"Month 7\", \"M7\", \"P7\", \"Period 7\" (months 1 = April to 12 = March) or \"Q2\"";

    /// <summary>Reads a period as printed: "Month 7", "month 8", "M8", "P7", "Period 7", "Q2" (case and spaces ignored).</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, or the default value.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string? text, out MonitoringPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        string? digits = null;
        var quarter = false;
        foreach (var prefix in new[] { "MONTH", "PERIOD", "M", "P" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                digits = t[prefix.Length..];
                break;
            }
        }

        if (digits is null && t.StartsWith('Q'))
        {
            digits = t[1..];
            quarter = true;
        }

        if (digits is null || digits.Length is 0 or > 2 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        if (quarter ? n is < 1 or > 4 : n is < 1 or > 12)
        {
            return false;
        }

        period = quarter ? OfQuarter(n) : OfMonth(n);
        return true;
    }

    /// <summary>Reads a period as printed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period; the message lists the accepted forms.</exception>
    public static MonitoringPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not {AcceptedForms}.");

    /// <inheritdoc/>
    public int CompareTo(MonitoringPeriod other) => Month.CompareTo(other.Month);

    /// <summary>The label, such as "Month 7".</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}
