using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class StatutoryRulesTests
{
    /// <summary>The rule ids of the reference, used when the reference file is not available.</summary>
    private static readonly string[] EmbeddedReferenceIds =
    {
        "CNT-DAY0", "CNT-DAY1-VARIANT", "CNT-BEGINNING", "CNT-MONTHS", "CNT-LEAP", "CNT-BEFORE", "CNT-NOROLL", "CNT-WORKDAY", "CNT-INPUT",
        "EHC-ASSESS-DECISION", "EHC-ASSESS-REFUSAL-NOTICE", "EHC-ADVICE-RESPONSE", "EHC-NO-PLAN-DECISION", "EHC-DRAFT-COMMENT", "EHC-DRAFT-LATEST",
        "EHC-SCHOOL-CONSULT", "EHC-FINAL-PLAN", "EXC-CLOSURE-SCHOOL", "EXC-CLOSURE-EY", "EXC-PERSONAL", "EXC-ABSENCE", "EXC-ADVICE-PERSONAL",
        "EXC-ADVICE-ABSENCE", "EXC-ADVICE-APPOINTMENT", "EXC-ORDER", "EXC-COVID-2020", "EHC-AR-FIRST", "EHC-AR-NEXT", "EHC-AR-NOTICE",
        "EHC-AR-ADVICE-CIRC", "EHC-AR-REPORT", "EHC-AR-DECISION", "EHC-AR-AMEND-COMMENT", "EHC-AR-AMEND-FINAL", "EHC-AR-NOT-AMEND",
        "EHC-AR-12WK-CAP", "EHC-AR-UNDER5", "EHC-PHASE-SCHOOL", "EHC-PHASE-POST16", "EHC-PHASE-P16-P16", "EHC-XFER-SEND", "EHC-XFER-NOTIFY",
        "EHC-XFER-REVIEW", "EHC-REASSESS-REFUSAL-WINDOW", "EHC-REASSESS-DECISION", "EHC-REASSESS-FINAL", "EHC-CEASE", "MED-CONTACT",
        "MED-CERT-DECLINED", "MED-HEALTH-NOTIFY", "MED-HOLD", "MED-CERT-NOT-HELD", "MED-CERT-CONCLUDED", "MED-AGREE-APPEALABLE",
        "MED-AGREE-OTHER", "MED-AGREE-NOTIFY-LA", "TRIB-APPEAL", "TRIB-ORDER-ASSESS-NOTIFY", "TRIB-ORDER-ASSESS-NOPLAN",
        "TRIB-ORDER-ASSESS-FINAL", "TRIB-ORDER-PLAN-DRAFT", "TRIB-ORDER-PLAN-FINAL", "TRIB-ORDER-AMEND", "TRIB-ORDER-SCHOOL",
        "TRIB-ORDER-CONTINUE", "TRIB-ORDER-CEASE", "TRIB-ORDER-RECONSIDER", "TRIB-UNOPP-ASSESS", "TRIB-UNOPP-CONTENT",
        "TRIB-UNOPP-SCHOOL", "TRIB-UNOPP-REFUSAL",
    };

    [Theory]
    [MemberData(nameof(RuleTable.Expectations), MemberType = typeof(RuleTable))]
    public void Compute_EveryRule_GivesHandComputedDate(string ruleId, string trigger, string expectedDue)
    {
        var deadline = ReferenceWorkingDays.Engine.Compute(ruleId, D(trigger));
        Assert.Equal(D(expectedDue), deadline.Due);
        Assert.Equal(ruleId, deadline.RuleId);
        Assert.Contains(trigger, deadline.Arithmetic, StringComparison.Ordinal);
    }

    [Fact]
    public void All_ReferenceIds_AreImplemented()
    {
        var implemented = new HashSet<string>(StatutoryRules.All.Select(r => r.Id)
            .Concat(CountingConventions.AllIds)
            .Concat(StatutoryExceptions.AllIds), StringComparer.Ordinal);
        var missing = ReferenceIds().Where(id => !implemented.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "Not implemented: " + string.Join(", ", missing));
    }

    [Fact]
    public void All_ReferenceIds_HaveATest()
    {
        var tested = new HashSet<string>(RuleTable.Expectations.Select(row => (string)row.Data.Item1), StringComparer.Ordinal);
        foreach (var method in typeof(StatutoryRulesTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            foreach (var trait in method.GetCustomAttributesData().Where(a => a.AttributeType == typeof(TraitAttribute)))
            {
                if ((string?)trait.ConstructorArguments[0].Value == "rule")
                {
                    tested.Add((string)trait.ConstructorArguments[1].Value!);
                }
            }
        }

        var untested = ReferenceIds().Where(id => !tested.Contains(id)).ToList();
        Assert.True(untested.Count == 0, "No test references: " + string.Join(", ", untested));
    }

    [Fact]
    public void All_RuleIds_AreUniqueAndCited()
    {
        Assert.Equal(StatutoryRules.All.Count, StatutoryRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(StatutoryRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation.Text)));
        Assert.All(StatutoryRules.All, r => Assert.NotEqual(SourceMarkers.None, r.Citation.Markers));
    }

    [Fact]
    [Trait("rule", "CNT-NOROLL")]
    public void All_OnlyTribAppealMayRoll()
    {
        Assert.Equal(new[] { "TRIB-APPEAL" }, StatutoryRules.All.Where(r => r.MayRollOffNonWorkingDay).Select(r => r.Id));
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => StatutoryRules.Get("EHC-NOPE"));
        Assert.Contains("EHC-NOPE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "EHC-DRAFT-COMMENT")]
    [Trait("rule", "EHC-ADVICE-RESPONSE")]
    public void Exceptions_CommentPeriodHasNone_AdviceHasNoClosure()
    {
        Assert.Empty(StatutoryRules.Get("EHC-DRAFT-COMMENT").Exceptions);
        Assert.False(StatutoryRules.Get("EHC-ADVICE-RESPONSE").AllowsException(StatutoryExceptionKind.ClosureSchool));
        Assert.True(StatutoryRules.Get("EHC-FINAL-PLAN").AllowsException(StatutoryExceptionKind.Absence));
    }

    /// <summary>Parses the ids out of the reference markdown (path from SEND_STATUTORY_REFERENCE, or next to the repo), else the embedded list.</summary>
    internal static IReadOnlyList<string> ReferenceIds()
    {
        var path = FindReference();
        if (path is null)
        {
            return EmbeddedReferenceIds;
        }

        var text = File.ReadAllText(path);
        var ids = new List<string>();
        foreach (Match match in Regex.Matches(text, @"\b((?:EHC|EXC|MED|TRIB|CNT)-[A-Z0-9]+(?:-[A-Z0-9]+)*)(?![-A-Z0-9*])((?:\s*/\s*-[A-Z0-9]+)*)"))
        {
            var id = match.Groups[1].Value;
            if (id.EndsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            ids.Add(id);
            var stem = id.Substring(0, id.LastIndexOf('-'));
            foreach (Capture suffix in Regex.Matches(match.Groups[2].Value, @"-[A-Z0-9]+"))
            {
                ids.Add(stem + suffix.Value);
            }
        }

        // Wildcards such as TRIB-ORDER-* are families, not ids; the numbered year "EXC-COVID-2020" is kept.
        var result = ids.Where(id => !id.EndsWith("-*", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("EHC-FINAL-PLAN", result);
        return result;
    }

    private static string? FindReference()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SEND_STATUTORY_REFERENCE");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return null;
        }

        foreach (var candidate in new[] { "../shared/domain/statutory-timescales.md", "../../shared/domain/statutory-timescales.md" })
        {
            var full = Path.GetFullPath(Path.Combine(dir.FullName, candidate));
            if (File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }
}
