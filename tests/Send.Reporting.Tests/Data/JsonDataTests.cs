using System;
using System.Collections.Generic;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Scriban.Runtime;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Xunit;

namespace Send.Reporting.Tests.Data;

public sealed class JsonDataTests
{
    [Fact]
    public void Parse_Document_BindsObjectsArraysDecimalsStringsBooleansAndNullWithOrigins()
    {
        var problems = new List<DataProblem>();

        var root = (BoundObject)JsonData.Parse("{\n  \"Council Name\": \"Anyshire\",\n  \"years\": [\n    { \"in_year\": 39.177, \"final\": true, \"note\": null }\n  ]\n}", "d.json", problems)!;

        Assert.Empty(problems);
        Assert.Equal("Anyshire", root["Council Name"]);
        var years = (BoundArray)root["years"]!;
        Assert.Equal("d.json(3,12)", years.Origin.ToString());
        Assert.Equal("years", years.Origin.Path);
        var year = (BoundObject)years[0]!;
        Assert.Equal(39.177m, Assert.IsType<decimal>(year["in_year"]));
        Assert.Equal(true, year["final"]);
        Assert.Null(year["note"]);
        Assert.Equal("d.json(4,5)", year.Origin.ToString());
        Assert.Equal("years[0]", year.Origin.Path);
    }

    [Fact]
    public void Parse_NumberOutOfDecimalRangeAndDuplicateMember_AreLocatedProblems()
    {
        var problems = new List<DataProblem>();

        var value = JsonData.Parse("{ \"a\": 1,\n  \"big\": 1e29, \"a\": 2 }", "d.json", problems);

        Assert.Null(value);
        Assert.Equal("d.json(2,10): SEND-DATA-JSON: big: the number is outside the range of exact decimals (found '1e29'; expected a number between -79,228,162,514,264,337,593,543,950,335 and 79,228,162,514,264,337,593,543,950,335)", problems[0].ToString());
        Assert.StartsWith("d.json(2,16): SEND-DATA-JSON: a: a member is named twice", problems[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_IsAProblemAtItsLine()
    {
        var problems = new List<DataProblem>();

        JsonData.Parse("{\n  \"a\": 1,\n  \"b\": \n}", "d.json", problems);

        var problem = Assert.Single(problems);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnyDecimal_BindsExactlyThatDecimal() =>
        Prop.ForAll(ArbMap.Default.ArbFor<decimal>(), value =>
        {
            var problems = new List<DataProblem>();
            var bound = (BoundObject)JsonData.Parse("{ \"x\": " + value.ToString(CultureInfo.InvariantCulture) + " }", "d.json", problems)!;
            return problems.Count == 0 && (decimal)bound["x"]! == value;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Locate_ProblemInAValuesOwnText_MovesOntoTheFilesLines()
    {
        var problems = new List<DataProblem>();
        var root = (BoundObject)JsonData.Parse("{\n  \"deficit\": {\n    \"years\": []\n  }\n}", "d.json", problems)!;
        var deficit = (BoundObject)root["deficit"]!;

        var located = deficit.Origin.Locate(new DataProblem("(text)", "wrong") { Line = 2, Column = 5, Field = "years" });

        Assert.Equal("d.json(3,5): deficit.years: wrong", located.ToString());
        Assert.Equal("{\n    \"years\": []\n  }", deficit.Origin.Json);
    }

    [Fact]
    public void BoundObject_IsAScriptObjectWithOrdinalNames()
    {
        var problems = new List<DataProblem>();
        var root = (ScriptObject)JsonData.Parse("{ \"Name\": 1 }", "d.json", problems)!;

        Assert.True(root.ContainsKey("Name"));
        Assert.False(root.ContainsKey("name"));
    }
}
