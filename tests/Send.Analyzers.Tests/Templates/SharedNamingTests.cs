using FsCheck;
using FsCheck.Fluent;
using Scriban.Runtime;
using Send.Analyzers.Templates;
using Send.Reporting.Templating;
using Xunit;

namespace Send.Analyzers.Tests.Templates;

public sealed class SharedNamingTests
{
    [Theory]
    [InlineData("DeficitTable", "deficit_table")]
    [InlineData("LaName", "la_name")]
    [InlineData("DSGTotal", "dsgtotal")]
    [InlineData("Year", "year")]
    public void ToTemplateName_KnownNames_MatchScribanExamples(string member, string expected) =>
        Assert.Equal(expected, MemberNaming.ToTemplateName(member));

    [FsCheck.Xunit.Property]
    public Property ToTemplateName_AnyIdentifier_AgreesWithScribansStandardRenamer() =>
        Prop.ForAll(
            Gen.Elements('A', 'b', 'C', 'd', 'E', '1', '_', 'Z', 'q').ArrayOf().Select(cs => new string(cs)).ToArbitrary(),
            name => MemberNaming.ToTemplateName(name) == StandardMemberRenamer.Rename(name));

    [Theory]
    [InlineData("deficit_table", "defict_table", 1)]
    [InlineData("year", "yaer", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_HandComputedPairs_Match(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [FsCheck.Xunit.Property]
    public bool Distance_IsSymmetricAndZeroOnlyForEqual(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var d = Suggestions.Distance(a, b);
        return d == Suggestions.Distance(b, a) && (d == 0) == (a == b) && d <= System.Math.Max(a.Length, b.Length);
    }
}
