namespace Send.Reporting.Data;

/// <summary>What a column of a CSV or .xlsx data source holds, decided from its cells.</summary>
public enum ColumnType
{
    /// <summary>Every cell is empty: each reads as null.</summary>
    Empty,

    /// <summary>Text: each cell reads as the string written.</summary>
    Text,

    /// <summary>Numbers: each cell reads as a decimal; DfE suppression symbols (c, x, z, low, k, u, :, ~, -, ..) read as the symbol's text.</summary>
    Number,

    /// <summary>Dates (2024-10-24 or 24/10/2024, or an Excel date cell): each cell reads as a NodaTime LocalDate.</summary>
    Date,
}
