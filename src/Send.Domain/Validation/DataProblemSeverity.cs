namespace Send.Domain.Validation;

/// <summary>How serious a <see cref="DataProblem"/> is.</summary>
public enum DataProblemSeverity
{
    /// <summary>The data cannot be used as it is. This is the default value.</summary>
    Error = 0,

    /// <summary>The data can be used, but a person should look at it (for example savings strands that do not quite add up).</summary>
    Warning = 1,
}
