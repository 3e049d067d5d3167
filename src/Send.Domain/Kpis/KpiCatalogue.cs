using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Kpis;

/// <summary>
/// A set of <see cref="KpiDefinition"/>s keyed by id: the built-in catalogue of the KPI reference
/// (<see cref="BuiltIn"/>), plus any a council adds from a JSON file (Send.Data's <c>KpiDefinitionsFile</c>).
/// </summary>
/// <remarks>
/// Immutable: <see cref="With"/> returns a new catalogue. Ids are unique; adding an id that is already present is a
/// data problem, never a silent replacement. Lookups are case-sensitive (ids are lower-case by convention).
/// </remarks>
public sealed class KpiCatalogue
{
    private readonly Dictionary<string, KpiDefinition> byId;
    private readonly KpiDefinition[] ordered;

    private KpiCatalogue(KpiDefinition[] ordered)
    {
        this.ordered = ordered;
        byId = ordered.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Every KPI in the reference (sections 2.1 and 2.2 of docs/kpis.md), in reference order.</summary>
    public static KpiCatalogue BuiltIn { get; } = new(BuiltInDefinitions());

    /// <summary>The definitions in the order they were added.</summary>
    public IReadOnlyList<KpiDefinition> Definitions => ordered;

    /// <summary>Finds a definition by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string id, out KpiDefinition definition)
    {
        if (byId.TryGetValue(id, out var found))
        {
            definition = found;
            return true;
        }

        definition = null!;
        return false;
    }

    /// <summary>Gets a definition by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">No KPI has that id.</exception>
    public KpiDefinition Get(string id) =>
        TryGet(id, out var definition) ? definition : throw new KeyNotFoundException($"No KPI has the id '{id}'.");

    /// <summary>Returns a catalogue with extra definitions, or the problems (duplicate ids) that stop it.</summary>
    /// <param name="extra">The definitions to add, each with the source and line it came from (line may be null).</param>
    /// <param name="problems">The problems found; empty on success.</param>
    /// <returns>The new catalogue, or this catalogue unchanged when there were problems.</returns>
    public KpiCatalogue With(IEnumerable<(KpiDefinition Definition, string Source, int? Line)> extra, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var found = new List<DataProblem>();
        var list = new List<KpiDefinition>(ordered);
        var seen = new HashSet<string>(byId.Keys, StringComparer.Ordinal);
        foreach (var (definition, source, line) in extra)
        {
            if (!seen.Add(definition.Id))
            {
                found.Add(new DataProblem(source, $"the KPI id '{definition.Id}' is already defined" + (byId.ContainsKey(definition.Id) ? " in the built-in catalogue" : " earlier in the file"))
                {
                    Line = line,
                    Field = "id",
                    Value = definition.Id,
                    Expected = "an id not used by any other KPI",
                    Code = "SEND-KPI-DUPLICATE",
                });
                continue;
            }

            list.Add(definition);
        }

        problems = found;
        return found.Count == 0 ? new KpiCatalogue(list.ToArray()) : this;
    }

    private static KpiDefinition[] BuiltInDefinitions()
    {
        const string Cla = "SSDA903 → DfE Children looked after in England including adoptions";
        const string Exclusions = "School census exclusions module → DfE Suspensions and permanent exclusions in England";
        const string Neet = "NCCIS → DfE Participation in education, training and NEET age 16 to 17 by local authority";
        const string Sen2 = "SEN2 → DfE Education, health and care plans";
        return new[]
        {
            new KpiDefinition("cla-rate-per-10k", "Children looked after per 10,000 children aged under 18", KpiUnit.RatePer10k, KpiPeriodType.SnapshotDate, Polarity.NoPolarity, Cla, 0)
            {
                LaitMeasure = "LAC",
                Notes = "Snapshot at 31 March. LAIT gives no polarity; many councils present it as lower-is-better, so override per report. Rates were re-based on revised ONS population estimates.",
            },
            new KpiDefinition("ncmp-y6-overweight-incl-obese", "Year 6 prevalence of overweight (including obesity)", KpiUnit.Percentage, KpiPeriodType.AcademicYear, Polarity.LowerIsBetter, "National Child Measurement Programme (NHS England); OHID Fingertips 20602", 1)
            {
                LaitMeasure = "ExcessYr6",
                Notes = "BMI at or above the 85th centile (UK90). Residence-based and school-based figures can differ by about 0.1 pp.",
            },
            new KpiDefinition("ks4-attainment8-avg", "Average Attainment 8 score per pupil", KpiUnit.Score, KpiPeriodType.AcademicYear, Polarity.HigherIsBetter, "DfE Key stage 4 performance", 1)
            {
                LaitMeasure = "AVG_Attain8_Score",
                Notes = "Maximum 90 from 2018 (87 in 2017, 80 in 2016): not comparable across those years. Provisional results come in the autumn.",
            },
            new KpiDefinition("neet-nk-16-17-pct", "16–17 year olds NEET or whose activity is not known", KpiUnit.Percentage, KpiPeriodType.FinancialYear, Polarity.LowerIsBetter, Neet, 1)
            {
                LaitMeasure = "16-17_not known_NEET",
                Notes = "Average of end-December, January and February; labelled by the later calendar year (Dec 2022–Feb 2023 is 2023, councils write 22/23). Papers may say 16–18: the figures are 16–17.",
            },
            new KpiDefinition("neet-16-17-pct", "16–17 year olds NEET", KpiUnit.Percentage, KpiPeriodType.FinancialYear, Polarity.LowerIsBetter, Neet, 1) { LaitMeasure = "16-17 NEET" },
            new KpiDefinition("nk-16-17-pct", "16–17 year olds whose activity is not known", KpiUnit.Percentage, KpiPeriodType.FinancialYear, Polarity.LowerIsBetter, Neet, 1) { LaitMeasure = "16-17_not known" },
            new KpiDefinition("care-leavers-19-21-suitable-accom-pct", "Care leavers aged 19–21 in suitable accommodation", KpiUnit.Percentage, KpiPeriodType.FinancialYear, Polarity.HigherIsBetter, Cla, 0) { LaitMeasure = "CareLeaverAcc" },
            new KpiDefinition("perm-excl-rate-secondary", "Permanent exclusion rate, state-funded secondary schools", KpiUnit.Percentage, KpiPeriodType.AcademicYear, Polarity.LowerIsBetter, Exclusions, 2)
            {
                LaitMeasure = "SecPermEx",
                Notes = "Exclusions as a percentage of pupils on roll at the January census (0.36 means 36 per 10,000 pupils).",
            },
            new KpiDefinition("perm-excl-rate-primary", "Permanent exclusion rate, state-funded primary schools", KpiUnit.Percentage, KpiPeriodType.AcademicYear, Polarity.LowerIsBetter, Exclusions, 2) { LaitMeasure = "PriPermEx" },
            new KpiDefinition("perm-excl-rate-special", "Permanent exclusion rate, special schools", KpiUnit.Percentage, KpiPeriodType.AcademicYear, Polarity.LowerIsBetter, Exclusions, 2) { LaitMeasure = "SpecPermEx" },
            new KpiDefinition("perm-excl-rate-total", "Permanent exclusion rate, all state-funded schools", KpiUnit.Percentage, KpiPeriodType.AcademicYear, Polarity.LowerIsBetter, Exclusions, 2) { LaitMeasure = "TotPermEx" },
            new KpiDefinition("ehcp-issued-20wk-excl-exc-pct", "New EHC plans issued within 20 weeks, excluding exception cases", KpiUnit.Percentage, KpiPeriodType.CalendarYear, Polarity.HigherIsBetter, Sen2, 1)
            {
                LaitMeasure = "SEN_EHC_Excpt_20wks",
                Notes = "SEND Regulations 2014 reg 13(2) with the reg 10(4) exceptions left out of numerator and denominator. A zero denominator gives x (not available), never 0% or 100%. Locally often monthly, year to date or rolling twelve months.",
            },
            new KpiDefinition("ehcp-issued-20wk-incl-exc-pct", "New EHC plans issued within 20 weeks, including exception cases", KpiUnit.Percentage, KpiPeriodType.CalendarYear, Polarity.HigherIsBetter, Sen2, 1) { LaitMeasure = "SEN_EHC_All_20wks" },
            new KpiDefinition("ehcna-requests-count", "Initial requests for an EHC needs assessment", KpiUnit.Count, KpiPeriodType.CalendarYear, Polarity.NoPolarity, Sen2, 0) { LaitMeasure = "SEN_INIT_REQ", Notes = "A demand measure." },
            new KpiDefinition("ehcna-requests-yoy-growth-pct", "Year-on-year growth in requests for an EHC needs assessment", KpiUnit.PercentageChange, KpiPeriodType.CalendarYear, Polarity.NoPolarity, "Derived from ehcna-requests-count", 1)
            {
                Notes = "(this period − the same period a year earlier) ÷ the earlier period × 100, like-for-like periods only; undefined (x) when the earlier count is 0.",
            },
            new KpiDefinition("ehcp-issued-count", "New EHC plans issued", KpiUnit.Count, KpiPeriodType.Month, Polarity.NoPolarity, "SEN2 (national, per calendar year); local monthly count", 0)
            {
                IsLocal = true,
                Notes = "Throughput; some councils treat it as higher-is-better against a backlog target (override per report).",
            },
            new KpiDefinition("ehcp-caseload-count", "EHC plans maintained by the local authority", KpiUnit.Count, KpiPeriodType.SnapshotDate, Polarity.NoPolarity, Sen2, 0)
            {
                LaitMeasure = "SEN_CASES_JAN",
                Notes = "All plans (ages 0–25) at the January census date; not the school-census count of pupils with a plan.",
            },
            new KpiDefinition("ehcp-annual-reviews-overdue-count", "Annual reviews overdue", KpiUnit.Count, KpiPeriodType.SnapshotDate, Polarity.LowerIsBetter, "Local case management system", 0)
            {
                IsLocal = true,
                Notes = "Active plans whose last review meeting (or plan start) is more than 12 months before the snapshot date (SEND Regulations 2014, reg 18).",
            },
            new KpiDefinition("ehcp-review-decision-4wk-pct", "Annual review decisions sent within 4 weeks of the meeting", KpiUnit.Percentage, KpiPeriodType.CalendarYear, Polarity.HigherIsBetter, Sen2, 1) { Notes = "SEN2 from calendar 2024; noisy data (some suppressed values)." },
            new KpiDefinition("ehcna-decision-6wk-pct", "Requests for assessment decided within 6 weeks", KpiUnit.Percentage, KpiPeriodType.CalendarYear, Polarity.HigherIsBetter, Sen2, 1) { Notes = "Person-level SEN2 from 2023 (SEND Regulations 2014, reg 5(1))." },
            new KpiDefinition("contact-call-wait-time", "Mean wait for a call to be answered (seconds)", KpiUnit.Duration, KpiPeriodType.Month, Polarity.LowerIsBetter, "Local telephony system", 0)
            {
                IsLocal = true,
                Notes = "No national source. Councils measuring % answered within N seconds should define their own higher-is-better KPI.",
            },
            new KpiDefinition("customer-satisfaction-pct", "Customers satisfied or very satisfied", KpiUnit.Percentage, KpiPeriodType.Quarter, Polarity.HigherIsBetter, "Local survey", 0)
            {
                IsLocal = true,
                Notes = "Top-2-box; carry the sample size so that small samples can be flagged.",
            },
        };
    }
}
