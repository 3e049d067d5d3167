using System.Collections.Generic;
using NodaTime;

namespace Send.Benchmarks.Reporting;

/// <summary>A model shaped like the Devon scrutiny committee paper (seed 001), for the engine's benchmarks and tests.</summary>
public sealed record ScrutinySampleModel
{
    public string Council { get; init; } = "Devon County Council";
    public string Committee { get; init; } = "Children's Scrutiny Committee";
    public LocalDate MeetingDate { get; init; } = new(2025, 1, 16);
    public string Title { get; init; } = "Update on Special Educational Needs & Disabilities (SEND) Transformation Programme";
    public string ReportOf { get; init; } = "Director of Children & Young People's Futures";
    public string Programme { get; init; } = "SEND Transformation Programme";
    public IReadOnlyList<string> Background { get; init; } = new[]
    {
        "In September 2023, the Council and its partners agreed a new approach to delivering improvements through the SEND Transformation Programme which takes a system wide approach to delivering positive change.",
        "The National Audit Report on Support for Children and Young People with Special Educational Needs was published on 24th October and highlighted the significant increases in the number of children identified as having SEN.",
        "Government announced an additional £1 billion increase in SEND funding in the Autumn Budget and £740 million to create new specialist places in mainstream schools.",
        "This report provides an update on the overall progress of the programme and an update on the EHCP processes.",
    };
    public IReadOnlyList<StrandSample> Strands { get; init; } = new[]
    {
        new StrandSample("Early Help & Inclusion", "green", 4_200_000m, 4_100_000m, "In September, a pilot of the Early Help (Education) offer began in North Devon."),
        new StrandSample("Preparation for Adulthood", "green", 2_500_000m, 2_600_000m, "An online Transitions guide to support young people launched in December."),
        new StrandSample("Sufficiency", "amber", 6_800_000m, 5_900_000m, "54 new Resource Base places have been added across Devon since September 2024."),
        new StrandSample("Financial Management & Placement Value", "red", 9_100_000m, 6_400_000m, "At month 8 this strand was showing as at risk of not achieving its Safety Valve savings."),
    };
    public decimal TotalTarget { get; init; } = 22_600_000m;
    public decimal TotalForecast { get; init; } = 19_000_000m;
    public int PlansPerMonth { get; init; } = 158;
    public decimal RequestGrowth { get; init; } = 18.42m;
    public int OverdueBefore { get; init; } = 1070;
    public int OverdueNow { get; init; } = 900;
    public decimal ForecastIncrease { get; init; } = 51_600_000m;
    public decimal PlannedIncrease { get; init; } = 31_200_000m;
    public decimal CumulativeDeficit { get; init; } = 132_000_000m;
    public LocalDate YearEnd { get; init; } = new(2025, 3, 31);
    public IReadOnlyList<RiskSample> Risks { get; init; } = new[]
    {
        new RiskSample("Failure to bring the HNB spend down to match the annual budget", 30, "The Safety Valve proposal lays out the actions that must be taken to return the HNB to a balanced in-year position."),
        new RiskSample("Failure to adhere to the statutory SEND Code of Practice and regulations: 0 to 25 Years", 24, "A wholesale redesign of the statutory SEN processes."),
        new RiskSample("Programme fails to deliver within the planned timescales", 20, "A defined programme structure and governance, reviewed regularly."),
    };
    public string Author { get; init; } = "Julian Wooster";
    public string ContactName { get; init; } = "Kellie Knott";
    public string ContactPhone { get; init; } = "01392 382161";
}

/// <summary>A programme strand.</summary>
public sealed record StrandSample(string Name, string Status, decimal Target, decimal Forecast, string Summary);

/// <summary>A risk register entry.</summary>
public sealed record RiskSample(string Title, int Score, string Mitigation);
