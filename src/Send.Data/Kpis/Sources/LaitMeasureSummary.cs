using System.Collections.Generic;
using Send.Domain.Kpis;

namespace Send.Data.Kpis.Sources;

/// <summary>One measure of the LAIT long file as <c>send kpi measures</c> lists it (<see cref="LaitBenchmark.Measures"/>).</summary>
/// <param name="Code">The LAIT code (<c>Short Desc</c>).</param>
/// <param name="CatalogueId">The id of the catalogue definition with this LAIT code, or null.</param>
/// <param name="Title">The title (dictionary, else the long file's data item, else the code).</param>
/// <param name="Topic">The dictionary's topic, or null when the dictionary does not list the measure.</param>
/// <param name="Unit">The unit as LAIT names it (<c>y_axis_name</c>), or null.</param>
/// <param name="Polarity">The polarity.</param>
/// <param name="Decimals">Display precision.</param>
/// <param name="Years">The year labels, oldest first.</param>
public sealed record LaitMeasureSummary(string Code, string? CatalogueId, string Title, string? Topic, string? Unit, Polarity Polarity, int Decimals, IReadOnlyList<string> Years);
