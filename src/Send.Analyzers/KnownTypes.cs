namespace Send.Analyzers;

/// <summary>
/// Metadata names of the types the rules look for. The analyzers match symbols by these names and register nothing
/// when a type is absent from the compilation, so code that does not reference Send.Domain is never analysed.
/// </summary>
internal static class KnownTypes
{
    public const string IClock = "NodaTime.IClock";
    public const string SystemClock = "NodaTime.SystemClock";
    public const string LocalDate = "NodaTime.LocalDate";
    public const string Money = "Send.Domain.Finance.Money";
    public const string FinancialYear = "Send.Domain.Calendars.FinancialYear";
    public const string AcademicYear = "Send.Domain.Calendars.AcademicYear";
    public const string DeadlineEngine = "Send.Domain.Statutory.DeadlineEngine";
    public const string StatutoryNamespace = "Send.Domain.Statutory";
    public const string KpiValue = "Send.Domain.Kpis.KpiValue";
    public const string KpisNamespace = "Send.Domain.Kpis";
    public const string DomainNamespace = "Send.Domain";
    public const string CompositionRootAttributeName = "CompositionRootAttribute";
}
