using System;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Scriban.Runtime;
using Send.Reporting.Functions;
using Send.Reporting.Templating;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>The dependency-free files the analyzer compiles must agree with the runtime.</summary>
public sealed class SharedNamingTests
{
    [Theory]
    [InlineData("CarriedForward", "carried_forward")]
    [InlineData("DsgTable", "dsg_table")]
    [InlineData("EHCPCount", "ehcpcount")]
    [InlineData("EhcpCount", "ehcp_count")]
    [InlineData("Years", "years")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("", "")]
    public void ToTemplateName_KnownNames_FollowSnakeCaseRule(string member, string expected) =>
        Assert.Equal(expected, MemberNaming.ToTemplateName(member));

    [Fact]
    public void ToTemplateName_AnyIdentifier_AgreesWithScribansStandardRenamer()
    {
        var identifier = Gen.Elements("A", "b", "C", "d", "E", "f", "G", "1", "_", "X", "y", "Z").ArrayOf().Select(parts => string.Concat(parts));
        Prop.ForAll(identifier.ToArbitrary(), name => MemberNaming.ToTemplateName(name) == StandardMemberRenamer.Rename(name))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TemplateFunctionNames_All_AreExactlyTheRegisteredFunctionsAndModules()
    {
        var functions = typeof(ReportFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static).Concat(typeof(DomainTables).GetMethods(BindingFlags.Public | BindingFlags.Static)).Select(m => MemberNaming.ToTemplateName(m.Name));
        var builtins = new[] { "include", "string", "array", "math", "empty", "blank" };

        Assert.Equal(functions.Concat(builtins).OrderBy(n => n, StringComparer.Ordinal), TemplateFunctionNames.All.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void SharedFiles_UseNoDependencies()
    {
        foreach (var file in new[] { "MemberNaming.cs", "TemplateHeader.cs", "TemplateFunctionNames.cs" })
        {
            var text = System.IO.File.ReadAllText(Support.RepoPaths.Combine("src", "Send.Reporting", "Templating", file));
            var usings = text.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
            Assert.All(usings, u => Assert.True(u is "using System;" or "using System.Text;", $"{file}: {u}"));
        }
    }

    [Theory]
    [InlineData("{{## model: Send.Reporting.Reports.SchoolsForum.SchoolsForumReportModel ##}}\n# Title", "Send.Reporting.Reports.SchoolsForum.SchoolsForumReportModel", 1)]
    [InlineData("\n\n  {{##   model:   A.B+C   ##}}  \nBody", "A.B+C", 3)]
    public void TryReadModelType_Declaration_ReturnsTypeAndLine(string text, string expected, int line)
    {
        Assert.True(TemplateHeader.TryReadModelType(text, out var type, out var at));
        Assert.Equal(expected, type);
        Assert.Equal(line, at);
    }

    [Theory]
    [InlineData("# Title\n{{## model: A.B ##}}")]
    [InlineData("{{## modle: A.B ##}}")]
    [InlineData("{{## model: ##}}")]
    [InlineData("{{## model: A B ##}}")]
    [InlineData("{{ # model: A.B }}")]
    [InlineData("")]
    public void TryReadModelType_NoValidDeclaration_ReturnsFalse(string text) =>
        Assert.False(TemplateHeader.TryReadModelType(text, out _, out _));

    [Fact]
    public void ModelDeclaration_IsAScribanCommentThatWritesNothing()
    {
        var template = ReportTemplate.Parse("t.md.scriban", "{{## model: A.B ##}}\nHello\n");
        var markdown = new TemplateRenderer().Render(template, new ScriptObject(), TestContext.Current.CancellationToken);
        Assert.Equal("A.B", template.ModelTypeName);
        Assert.Equal("\nHello\n", markdown);
    }
}
