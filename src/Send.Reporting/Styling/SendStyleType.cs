namespace Send.Reporting.Styling;

/// <summary>The kind of a Word style (<c>w:style/@w:type</c>) in Send's style contract.</summary>
public enum SendStyleType
{
    /// <summary>A paragraph style (<c>paragraph</c>). This is the default value.</summary>
    Paragraph = 0,

    /// <summary>A character style (<c>character</c>).</summary>
    Character = 1,

    /// <summary>A table style (<c>table</c>).</summary>
    Table = 2,
}
