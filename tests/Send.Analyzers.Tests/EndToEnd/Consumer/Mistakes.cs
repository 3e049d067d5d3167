using System;

namespace Consumer;

/// <summary>C# mistakes the analyzers must report.</summary>
public static class Mistakes
{
    /// <summary>SEND1001: reads the machine clock instead of an injected NodaTime.IClock.</summary>
    public static DateTime Today() => DateTime.Today;
}
