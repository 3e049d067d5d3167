using NodaTime;

namespace Send.Reporting.Docx;

/// <summary>
/// What a render writes to the document's core properties (docProps/core.xml): the title Word shows in its title bar
/// and screen readers announce, subject, author, keywords, description, language and date. Filled from the
/// <c>::: title</c> block's heading (the title) and the <c>::: properties</c> block; never from the clock, so the same
/// inputs give the same bytes.
/// </summary>
internal sealed class DocumentProperties
{
    public string? Title { get; set; }

    public string? Subject { get; set; }

    public string? Creator { get; set; }

    public string? Keywords { get; set; }

    public string? Description { get; set; }

    /// <summary>The document's language; en-GB unless the properties block says otherwise.</summary>
    public string Language { get; set; } = "en-GB";

    /// <summary>The date written as both created and modified; none unless the properties block gives one.</summary>
    public LocalDate? Date { get; set; }
}
