using System;
using System.Collections.Generic;

namespace Send.Domain.Statutory;

/// <summary>
/// The catalogue of statutory exceptions (reference section 3): id, condition, the provisions it applies to and its
/// source markers for each <see cref="StatutoryExceptionKind"/>.
/// </summary>
public static class StatutoryExceptions
{
    private static readonly (StatutoryExceptionKind Kind, string Id, string Condition, string AppliesTo, SourceMarkers Markers)[] Table =
    {
        (StatutoryExceptionKind.ClosureSchool, "EXC-CLOSURE-SCHOOL", "The council asked a head teacher or principal for advice in the window from 7 days before the first closed day to 7 days before the reopening date (inclusive), and the closure was continuous and at least 28 days long.", "SEND Regulations 2014, regs 5(4)(a), 10(4)(a), 13(3), 27(3)(a)", SourceMarkers.Confirmed | SourceMarkers.Derived),
        (StatutoryExceptionKind.ClosureEarlyYears, "EXC-CLOSURE-EY", "The same test for the SEN lead of an early years provider.", "SEND Regulations 2014, regs 5(4)(b), 10(4)(b), 13(3), 27(3)(b)", SourceMarkers.Confirmed),
        (StatutoryExceptionKind.Personal, "EXC-PERSONAL", "Exceptional personal circumstances affect the child, the parent or the young person during the relevant period.", "SEND Regulations 2014, regs 5(4), 10(4)(c), 13(3), 27(3)(c)", SourceMarkers.Confirmed),
        (StatutoryExceptionKind.Absence, "EXC-ABSENCE", "The child, parent or young person is absent from the area for at least 4 continuous weeks, the overlap with the relevant period being at least 28 days counted inclusively.", "SEND Regulations 2014, regs 5(4), 10(4)(d), 13(3), 27(3)(d)", SourceMarkers.Confirmed | SourceMarkers.Derived),
        (StatutoryExceptionKind.AdvicePersonal, "EXC-ADVICE-PERSONAL", "Exceptional circumstances during the body's own 6-week period.", "SEND Regulations 2014, reg 8(2)(a)", SourceMarkers.Secondary),
        (StatutoryExceptionKind.AdviceAbsence, "EXC-ADVICE-ABSENCE", "Absence from the area of at least 4 weeks during the body's own 6-week period.", "SEND Regulations 2014, reg 8(2)(b)", SourceMarkers.Secondary),
        (StatutoryExceptionKind.AdviceAppointment, "EXC-ADVICE-APPOINTMENT", "The child or young person missed an appointment for an examination or test that the body made in its 6-week period.", "SEND Regulations 2014, reg 8(2)(c)", SourceMarkers.Secondary),
        (StatutoryExceptionKind.Order, "EXC-ORDER", "Exceptional personal circumstances; absence from the area for at least 2 weeks; the circumstances in reg 13(3); or the parent or young person wanting to make later representations.", "SEND Regulations 2014, regs 44 and 45", SourceMarkers.Secondary | SourceMarkers.Unconfirmed),
        (StatutoryExceptionKind.Covid2020, "EXC-COVID-2020", "The deadline fell between 1 May and 25 Sep 2020 inclusive and coronavirus made it impractical (SI 2020/471, regs 2A and 18A, now spent).", "Most Regulations timescales (SI 2020/471)", SourceMarkers.Confirmed | SourceMarkers.Derived),
    };

    /// <summary>Every exception id in the reference, in reference order.</summary>
    public static IReadOnlyList<string> AllIds { get; } = Array.ConvertAll(Table, row => row.Id);

    /// <summary>Every exception kind, in reference order.</summary>
    public static IReadOnlyList<StatutoryExceptionKind> All { get; } = Array.ConvertAll(Table, row => row.Kind);

    /// <summary>The id of an exception, for example <c>EXC-ABSENCE</c>.</summary>
    /// <param name="kind">The exception.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string IdOf(StatutoryExceptionKind kind) => Find(kind).Id;

    /// <summary>The checkable condition of an exception, in plain English.</summary>
    /// <param name="kind">The exception.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ConditionOf(StatutoryExceptionKind kind) => Find(kind).Condition;

    /// <summary>The provisions the exception applies to, as a citation.</summary>
    /// <param name="kind">The exception.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static LegalCitation CitationOf(StatutoryExceptionKind kind)
    {
        var row = Find(kind);
        return new LegalCitation(row.AppliesTo, row.Markers);
    }

    /// <summary>Finds an exception by its id (case-sensitive, for example <c>EXC-ORDER</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="kind">The exception, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryParse(string? id, out StatutoryExceptionKind kind)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                kind = row.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static (StatutoryExceptionKind Kind, string Id, string Condition, string AppliesTo, SourceMarkers Markers) Find(StatutoryExceptionKind kind)
    {
        foreach (var row in Table)
        {
            if (row.Kind == kind)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a statutory exception.");
    }
}
