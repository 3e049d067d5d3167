using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// A date the law implies but does not state, worked backwards (or forwards) through a chain of statutory rules: the
/// latest day to serve a draft so the 20 weeks can still be met, the earliest day a final plan may follow a draft,
/// the latest day to send amendments ahead of a phase transfer, the latest review meeting, the start of the under-5s
/// review window. Made by <see cref="DeadlineEngine"/>'s planning methods.
/// </summary>
/// <remarks>
/// <para>
/// A derived date is planning information, not a deadline: it has no status and is never overdue. It names every
/// rule it chains (<see cref="Chain"/>), cites each, and shows the arithmetic. A "latest" date fed forward through the
/// same rules meets the later deadline exactly, and one day later does not (an FsCheck property checks this).
/// </para>
/// <para>Instances are immutable; equality is by value (the chain compared by rule id, in order).</para>
/// </remarks>
public sealed class DerivedDate : IEquatable<DerivedDate>
{
    private static readonly LocalDatePattern Long = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");

    internal DerivedDate(string id, string title, DerivedDateKind kind, LocalDate date, IReadOnlyList<StatutoryRule> chain, string arithmetic, string? note, bool fallsOnNonWorkingDay)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Date = date;
        Chain = chain;
        Arithmetic = arithmetic;
        Note = note;
        FallsOnNonWorkingDay = fallsOnNonWorkingDay;
    }

    /// <summary>A stable id for the derived date, for example <c>PLAN-DRAFT-LATEST</c>.</summary>
    public string Id { get; }

    /// <summary>What the date is for, in plain English.</summary>
    public string Title { get; }

    /// <summary>Latest, earliest or window start.</summary>
    public DerivedDateKind Kind { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The rules chained, in the order the arithmetic applies them (never empty).</summary>
    public IReadOnlyList<StatutoryRule> Chain { get; }

    /// <summary>The rule ids chained, for example <c>EHC-FINAL-PLAN, EHC-DRAFT-COMMENT</c>.</summary>
    public IReadOnlyList<string> RuleIds => Chain.Select(r => r.Id).ToArray();

    /// <summary>The citations of the chained rules, joined with "; ".</summary>
    public string Citation => string.Join("; ", Chain.Select(r => r.Id + ": " + r.Citation));

    /// <summary>The arithmetic in words, naming each rule applied.</summary>
    public string Arithmetic { get; }

    /// <summary>A caveat (for example an unconfirmed reading), or null.</summary>
    public string? Note { get; }

    /// <summary>Whether the date is a weekend or bank holiday (it is not moved: act by the working day before a latest date).</summary>
    public bool FallsOnNonWorkingDay { get; }

    /// <summary>A plain-text explanation: what, the chain with its law, the arithmetic and the date.</summary>
    /// <returns>Several lines; never null.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(Id).Append(": ").AppendLine(Title);
        foreach (var rule in Chain)
        {
            text.Append("Chains ").Append(rule.Id).Append(" (").Append(rule.Citation).AppendLine(")");
        }

        text.Append("Arithmetic: ").AppendLine(Arithmetic);
        text.Append(Kind switch
        {
            DerivedDateKind.Earliest => "Earliest day: ",
            DerivedDateKind.WindowStart => "Window opens: ",
            _ => "Latest day: ",
        }).AppendLine(Long.Format(Date));
        if (FallsOnNonWorkingDay)
        {
            text.AppendLine(Kind == DerivedDateKind.Latest
                ? "This date is a weekend or bank holiday: act by the working day before."
                : "This date is a weekend or bank holiday.");
        }

        if (Note is not null)
        {
            text.Append("Note: ").AppendLine(Note);
        }

        text.AppendLine("Planning information derived from the rules above, not a deadline in its own right.");
        return text.ToString();
    }

    /// <summary>Returns <c>ID latest|earliest|window start yyyy-MM-dd</c>.</summary>
    /// <returns>The short form.</returns>
    public override string ToString() => $"{Id} {Kind switch { DerivedDateKind.Earliest => "earliest", DerivedDateKind.WindowStart => "window start", _ => "latest" }} {LocalDatePattern.Iso.Format(Date)}";

    /// <summary>Whether <paramref name="other"/> is the same derived date.</summary>
    /// <param name="other">The other date; may be null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DerivedDate? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Date == other.Date && Arithmetic == other.Arithmetic
        && Note == other.Note && FallsOnNonWorkingDay == other.FallsOnNonWorkingDay && RuleIds.SequenceEqual(other.RuleIds);

    /// <summary>Whether <paramref name="obj"/> is an equal <see cref="DerivedDate"/>.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as DerivedDate);

    /// <summary>A hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Date);
}
