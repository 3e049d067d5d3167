using System.Linq;
using Send.Data.Kpis;
using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiCatalogueTests
{
    // Every id in the reference (docs/kpis.md sections 2.1 and 2.2).
    public static readonly TheoryData<string> ReferenceIds = new()
    {
        "cla-rate-per-10k", "ncmp-y6-overweight-incl-obese", "ks4-attainment8-avg", "neet-nk-16-17-pct", "neet-16-17-pct",
        "nk-16-17-pct", "care-leavers-19-21-suitable-accom-pct", "perm-excl-rate-secondary", "perm-excl-rate-primary",
        "perm-excl-rate-special", "perm-excl-rate-total", "ehcp-issued-20wk-excl-exc-pct", "ehcp-issued-20wk-incl-exc-pct",
        "ehcna-requests-count", "ehcna-requests-yoy-growth-pct", "ehcp-issued-count", "ehcp-caseload-count",
        "ehcp-annual-reviews-overdue-count", "ehcp-review-decision-4wk-pct", "ehcna-decision-6wk-pct",
        "contact-call-wait-time", "customer-satisfaction-pct",
    };

    [Theory]
    [MemberData(nameof(ReferenceIds))]
    public void BuiltIn_HasEveryReferenceKpi(string id)
    {
        Assert.True(KpiCatalogue.BuiltIn.TryGet(id, out _), id);
    }

    [Fact]
    public void BuiltIn_FactsFromReference()
    {
        var cla = KpiCatalogue.BuiltIn.Get("cla-rate-per-10k");
        Assert.Equal(Polarity.NoPolarity, cla.Polarity);
        Assert.Equal(KpiUnit.RatePer10k, cla.Unit);
        Assert.Equal(KpiPeriodType.SnapshotDate, cla.PeriodType);
        Assert.Equal(KpiPeriodType.CalendarYear, KpiCatalogue.BuiltIn.Get("ehcp-issued-20wk-excl-exc-pct").PeriodType);
        Assert.Equal(Polarity.LowerIsBetter, KpiCatalogue.BuiltIn.Get("ehcp-annual-reviews-overdue-count").Polarity);
        Assert.True(KpiCatalogue.BuiltIn.Get("contact-call-wait-time").IsLocal);
        Assert.Equal(2, KpiCatalogue.BuiltIn.Get("perm-excl-rate-secondary").DisplayDecimals);
        Assert.Equal(KpiCatalogue.BuiltIn.Definitions.Count, KpiCatalogue.BuiltIn.Definitions.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void CheckValue_PercentageOf140_IsRejectedNamingTheField()
    {
        var problem = KpiCatalogue.BuiltIn.Get("ehcp-issued-20wk-excl-exc-pct").CheckValue(KpiValue.Of(140m), "values.json", "rows[0].value");
        Assert.NotNull(problem);
        Assert.Equal("rows[0].value", problem!.Field);
        Assert.Equal("140", problem.Value);
        Assert.Contains("0 to 100", problem.Expected);
        Assert.Null(KpiCatalogue.BuiltIn.Get("ehcp-issued-20wk-excl-exc-pct").CheckValue(KpiValue.Suppressed, "values.json", null));
        Assert.NotNull(KpiCatalogue.BuiltIn.Get("ehcna-requests-count").CheckValue(KpiValue.Of(2.5m), "values.json", null));
    }

    [Fact]
    public void ParsePeriod_WrongShape_NamesTheKpi()
    {
        var ex = Assert.Throws<System.FormatException>(() => KpiCatalogue.BuiltIn.Get("ehcna-requests-count").ParsePeriod("22/23"));
        Assert.Contains("ehcna-requests-count", ex.Message);
    }

    [Fact]
    public void DefinitionsFile_Valid_AddsCouncilKpi()
    {
        const string json = """
            {
              "definitions": [
                { "id": "calls-answered-60s-pct", "title": "Calls answered within 60 seconds", "unit": "percentage", "period_type": "month",
                  "polarity": "higher_is_better", "source": "Telephony", "display_decimals": 1, "local": true }
              ]
            }
            """;
        var catalogue = KpiDefinitionsFile.Load(json, "council.json", KpiCatalogue.BuiltIn, out var problems);
        Assert.Empty(problems);
        var added = catalogue.Get("calls-answered-60s-pct");
        Assert.Equal(KpiPeriodType.Month, added.PeriodType);
        Assert.True(added.IsLocal);
        Assert.Equal(KpiCatalogue.BuiltIn.Definitions.Count + 1, catalogue.Definitions.Count);
    }

    [Fact]
    public void DefinitionsFile_DuplicateId_IsErrorWithLine()
    {
        const string json = "{\n  \"definitions\": [\n    { \"id\": \"cla-rate-per-10k\", \"title\": \"Mine\", \"unit\": \"count\", \"period_type\": \"month\", \"polarity\": \"no_polarity\", \"source\": \"x\", \"display_decimals\": 0 }\n  ]\n}";
        var catalogue = KpiDefinitionsFile.Load(json, "council.json", KpiCatalogue.BuiltIn, out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("SEND-KPI-DUPLICATE", problem.Code);
        Assert.Same(KpiCatalogue.BuiltIn, catalogue);
    }

    [Fact]
    public void DefinitionsFile_SchemaViolation_ReportsFieldAndLine()
    {
        const string json = "{\n  \"definitions\": [\n    { \"id\": \"x-1\", \"title\": \"T\", \"unit\": \"percent\", \"period_type\": \"month\", \"polarity\": \"no_polarity\", \"source\": \"x\", \"display_decimals\": 0 }\n  ]\n}";
        KpiDefinitionsFile.Load(json, "council.json", KpiCatalogue.BuiltIn, out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("unit", problem.Field);
    }
}
