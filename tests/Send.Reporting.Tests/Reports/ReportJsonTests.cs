using System;
using System.Collections.Generic;
using System.Text.Json;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>
/// What <see cref="ReportJson.Read"/> reports for bad data: one SEND-DATA-READ problem with the message, the line and
/// column (1-based, as an editor shows them) and the JSON path of the member. Lines and columns are counted by hand
/// in the small documents below: the column is the character just after the offending token (after the property
/// name for an unknown member, after the value for a bad value, after the closing brace for a missing member). A
/// missing required member is reported on the object, whose path is the root, so the field is empty. The model is a
/// council developer's own (<see cref="SmallTypedReport"/>, test-only): no report that ships with Send is typed.
/// </summary>
public sealed class ReportJsonTests
{
    private const string Source = "data.json";

    // Line 2, 3 and 4 hold the three required members of the model.
    private const string Dbv = """
        {
          "title_block": { "council": "Devon County Council", "title": "DBV", "meeting_date": "2025-01-14" },
          "history": [],
          "scenarios": { "opening_deficit_m": 1.5, "years": [] }
        }
        """;

    [Fact]
    public void Read_ValidDbv_ReadsEveryMember()
    {
        var problems = new List<DataProblem>();
        var model = Assert.IsType<SmallTypedReport>(ReportJson.Read(Dbv, typeof(SmallTypedReport), Source, problems));
        Assert.Empty(problems);
        Assert.Equal("Devon County Council", model.TitleBlock.Council);
        Assert.Equal(new NodaTime.LocalDate(2025, 1, 14), model.TitleBlock.MeetingDate);
        Assert.Equal(1.5m, model.Scenarios.OpeningDeficitM);
        Assert.Null(model.Headlines);
        Assert.Empty(model.History);
        Assert.Empty(model.Journey);
    }

    [Fact]
    public void Read_Comments_AreSkipped()
    {
        var json = Dbv.Replace("\"history\": [],", "\"history\": [], // none yet\n  /* block */", StringComparison.Ordinal);
        var problems = new List<DataProblem>();
        Assert.NotNull(ReportJson.Read(json, typeof(SmallTypedReport), Source, problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Read_UnknownMember_IsAnError()
    {
        var json = Dbv.Replace("\"history\": [],", "\"history\": [], \"histroy\": [],", StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "The JSON property 'histroy' could not be mapped to any .NET member contained in type 'Send.Reporting.Tests.Reports.SmallTypedReport'.", 3, 28, "histroy");
    }

    [Fact]
    public void Read_UnknownNestedMember_NamesThePath()
    {
        var json = Dbv.Replace("\"title\": \"DBV\"", "\"titel\": \"DBV\"", StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "The JSON property 'titel' could not be mapped to any .NET member contained in type 'Send.Reporting.Tests.Reports.SmallTitle'.", 2, 63, "title_block.titel");
    }

    [Fact]
    public void Read_MissingRequiredMember_IsAnError()
    {
        var json = Dbv.Replace("\"history\": [],", string.Empty, StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "JSON deserialization for type 'Send.Reporting.Tests.Reports.SmallTypedReport' was missing required properties including: 'history'.", 5, 2, "");
    }

    [Fact]
    public void Read_MissingSeveralRequiredMembers_ListsThem()
    {
        AssertProblem("{\n  \"history\": []\n}", typeof(SmallTypedReport), "JSON deserialization for type 'Send.Reporting.Tests.Reports.SmallTypedReport' was missing required properties including: 'title_block', 'scenarios'.", 3, 2, "");
    }

    [Fact]
    public void Read_BadDate_IsAnError()
    {
        var json = Dbv.Replace("2025-01-14", "2025-13-01", StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "The JSON value could not be converted to System.Nullable`1[NodaTime.LocalDate].", 2, 99, "title_block.meeting_date");
    }

    [Theory]
    [InlineData("\"14/01/2025\"", 99)]
    [InlineData("\"2025-02-30\"", 99)]
    [InlineData("\"\"", 89)]
    [InlineData("20250114", 95)]
    public void Read_DateNotIso_IsAnError(string value, int column)
    {
        // The value replaces "2025-01-14" (columns 87 to 98 of line 2 with its quotes); the column is the one after it.
        var json = Dbv.Replace("\"2025-01-14\"", value, StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "The JSON value could not be converted to System.Nullable`1[NodaTime.LocalDate].", 2, column, "title_block.meeting_date");
    }

    [Fact]
    public void Options_LocalDate_WrittenAsIsoText()
    {
        Assert.Equal("\"2025-01-14\"", JsonSerializer.Serialize(new NodaTime.LocalDate(2025, 1, 14), ReportJson.Options));
    }

    [Fact]
    public void Read_NumberAsString_IsAnError()
    {
        var json = Dbv.Replace("1.5", "\"1.5\"", StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "The JSON value could not be converted to System.Decimal.", 4, 44, "scenarios.opening_deficit_m");
    }

    [Fact]
    public void Read_TrailingComma_IsAnError()
    {
        var json = Dbv.Replace("\"years\": [] }", "\"years\": [], }", StringComparison.Ordinal);
        AssertProblem(json, typeof(SmallTypedReport), "The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options.", 4, 57, "scenarios");
    }

    [Fact]
    public void Read_UnknownEnumValue_IsAnError()
    {
        const string json = """
            {
              "programme": { "introduction": "x", "strands": [ { "name": "S", "rag": "purple" } ] }
            }
            """;
        AssertProblem(json, typeof(SmallTypedReport), "The JSON value could not be converted to Send.Reporting.Tests.Reports.SmallRating.", 2, 82, "programme.strands[0].rag");
    }

    [Fact]
    public void Read_EnumAsInteger_IsAnError()
    {
        const string json = """
            {
              "programme": { "introduction": "x", "strands": [ { "name": "S", "rag": 1 } ] }
            }
            """;
        AssertProblem(json, typeof(SmallTypedReport), "The JSON value could not be converted to Send.Reporting.Tests.Reports.SmallRating.", 2, 75, "programme.strands[0].rag");
    }

    [Fact]
    public void Read_ComputedMember_IsSkippedNotUnknown()
    {
        // headlines is computed by Prepare (private setter): the reader skips it rather than calling it unknown, so the
        // only problem is the missing required members, listed in declaration order.
        const string json = """
            {
              "headlines": null
            }
            """;
        AssertProblem(json, typeof(SmallTypedReport), "JSON deserialization for type 'Send.Reporting.Tests.Reports.SmallTypedReport' was missing required properties including: 'title_block', 'history', 'scenarios'.", 3, 2, "");
    }

    [Fact]
    public void Options_OwnModel_SnakeCaseNamesEnumsAndIsoDates()
    {
        // Snake_case names, enums as snake_case strings, ISO dates; unknown members refused.
        var own = JsonSerializer.Deserialize<OwnModel>("""{ "meeting_date": "2025-01-14", "rag": "amber" }""", ReportJson.Options)!;
        Assert.Equal((new NodaTime.LocalDate(2025, 1, 14), SmallRating.Amber), (own.MeetingDate, own.Rag));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OwnModel>("""{ "meetingDate": "2025-01-14" }""", ReportJson.Options));
        Assert.Same(JsonNamingPolicy.SnakeCaseLower, ReportJson.Options.PropertyNamingPolicy);
    }

    public sealed class OwnModel
    {
        public NodaTime.LocalDate MeetingDate { get; init; }

        public SmallRating Rag { get; init; }
    }

    private static void AssertProblem(string json, Type modelType, string message, int line, int column, string? field)
    {
        var problems = new List<DataProblem>();
        Assert.Null(ReportJson.Read(json, modelType, Source, problems));
        var problem = Assert.Single(problems);
        Assert.Equal(
            (Source, message, (int?)line, (int?)column, field, "SEND-DATA-READ", DataProblemSeverity.Error),
            (problem.Source, problem.Message, problem.Line, problem.Column, problem.Field, problem.Code, problem.Severity));
    }
}
