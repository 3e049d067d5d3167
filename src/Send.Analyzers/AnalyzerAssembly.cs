namespace Send.Analyzers;

/// <summary>Marker for the analyzer assembly; rules live under Rules/.</summary>
internal static class AnalyzerAssembly
{
}
