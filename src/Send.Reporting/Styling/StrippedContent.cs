namespace Send.Reporting.Styling;

/// <summary>
/// Something in a house style that does not travel into reports and was removed when it was loaded: an external
/// relationship (an attached template's address, a linked image), macros, a DTD, custom XML data, an entry whose
/// name leaves the package, or the body of a previous paper.
/// </summary>
/// <param name="PartName">The part or zip entry it was in or was, for example <c>word/settings.xml</c>.</param>
/// <param name="What">What was removed and why, in plain English.</param>
public sealed record StrippedContent(string PartName, string What)
{
    /// <summary>Whether it was removed because it is unsafe to copy (true by default, and then also a warning); false for the body of a previous paper, which is simply not a report's.</summary>
    public bool IsUnsafe { get; init; } = true;
}
