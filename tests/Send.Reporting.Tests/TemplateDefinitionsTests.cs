using System;
using System.Collections.Generic;
using Scriban;
using Send.Reporting.Templating;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class TemplateDefinitionsTests
{
    [Fact]
    public void Collect_EveryKindOfDefinition_IsFoundWhereverItIs()
    {
        var page = Template.Parse("{{ if x }}{{ a = 1 }}{{ end }}{{ for row in rows }}{{ end }}{{ capture note }}hi{{ end }}{{ func twice(n, m); ret n * m; end }}").Page;
        var names = new HashSet<string>(StringComparer.Ordinal);

        var usesImport = TemplateDefinitions.Collect(page, names);

        Assert.False(usesImport);
        Assert.Equal(new[] { "a", "for", "m", "n", "note", "row", "twice" }, Sorted(names));
    }

    [Fact]
    public void Collect_LoopObjects_AreDefinedByTheirLoops()
    {
        var page = Template.Parse("{{ for r in rows }}{{ for.index }}{{ end }}{{ tablerow c in cells }}{{ tablerow.col }}{{ end }}{{ while w }}{{ while.index }}{{ end }}").Page;
        var names = new HashSet<string>(StringComparer.Ordinal);

        TemplateDefinitions.Collect(page, names);

        Assert.Equal(new[] { "c", "for", "r", "tablerow", "while" }, Sorted(names));
    }

    [Fact]
    public void Collect_Import_IsReported()
    {
        var page = Template.Parse("{{ if y }}{{ import z }}{{ end }}").Page;

        Assert.True(TemplateDefinitions.Collect(page, new HashSet<string>()));
    }

    private static string[] Sorted(IEnumerable<string> names)
    {
        var list = new List<string>(names);
        list.Sort(StringComparer.Ordinal);
        return list.ToArray();
    }
}
