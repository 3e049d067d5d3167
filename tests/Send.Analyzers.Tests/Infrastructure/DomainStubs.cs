namespace Send.Analyzers.Tests.Infrastructure;

/// <summary>
/// Small stand-ins for Send.Domain types, with the real fully-qualified names, compiled beside each test's code. The
/// analyzers find types by metadata name, so the stubs need only the members the rules and fixes use.
/// </summary>
internal static class DomainStubs
{
    public const string Source = """
        namespace Send.Domain.Finance
        {
            public readonly struct Money
            {
                public decimal Pounds => 0m;
                public decimal Millions => 0m;
                public static Money FromPounds(decimal pounds) => default;
                public static Money operator *(Money left, decimal right) => left;
                public static Money operator +(Money left, Money right) => left;
                public static decimal operator /(Money left, Money right) => 1m;
            }
        }

        namespace Send.Domain.Calendars
        {
            public readonly partial struct FinancialYear
            {
                public FinancialYear(int startYear) { }
                public NodaTime.LocalDate Start => default;
                public NodaTime.LocalDate End => default;
            }

            public readonly partial struct AcademicYear
            {
                public AcademicYear(int startYear) { }
                public NodaTime.LocalDate Start => default;
                public NodaTime.LocalDate End => default;
            }
        }

        namespace Send.Domain.Statutory
        {
            public enum DeadlineStatus { Pending, MetOnTime, MetLate, Overdue, Disapplied }

            public sealed class StatutoryDeadline
            {
                public NodaTime.LocalDate Due => default;
                public DeadlineStatus Status => default;
                public bool IsDisapplied => Status == DeadlineStatus.Disapplied;
            }

            public sealed class TimescaleOptions { }

            public sealed class DeadlineEngine
            {
                public static DeadlineEngine EnglandAndWales { get; } = new DeadlineEngine();
                public StatutoryDeadline Compute(string ruleId, NodaTime.LocalDate trigger, TimescaleOptions options = null) => new StatutoryDeadline();
            }

            public sealed class EhcpCase
            {
                public EhcpCase(NodaTime.LocalDate requestReceived, NodaTime.LocalDate finalPlanDue) { }
            }

            public sealed record AbsenceFact(NodaTime.LocalDate From, NodaTime.LocalDate To);
        }

        namespace Send.Domain.Kpis
        {
            public readonly struct KpiValue
            {
                public decimal Number => 0m;
            }

            public enum Polarity { NoPolarity, HigherIsBetter, LowerIsBetter, TargetBand }

            public enum Verdict { NotComparable, Better, Worse, Same, NotJudged }

            public sealed record KpiDefinition(string Id, Polarity Polarity, int DisplayDecimals = 1);

            public readonly struct KpiPeriod
            {
                public int EndYear => 2025;
                public int EndMonth => 3;
            }

            public sealed record KpiComparison
            {
                public static Verdict Judge(KpiValue value, KpiValue comparator, Polarity polarity, int? decimals) => Verdict.NotJudged;
            }
        }
        """;
}
