namespace Send.Reporting.Styling;

/// <summary>How a house style provides one of the styles Send uses.</summary>
public enum StyleMatchKind
{
    /// <summary>The house style defines a style with Send's id. This is the default value.</summary>
    Found = 0,

    /// <summary>
    /// The house style has a style of that display name or a documented alias under another id (LibreOffice's
    /// <c>TextBody</c> for "Body Text", pandoc's <c>Compact</c>); Send adds a style with its own id based on it.
    /// </summary>
    MatchedByName = 1,

    /// <summary>The house style has nothing that matches; Send supplies its default, based on the house style's own Normal and heading fonts.</summary>
    Supplied = 2,
}
