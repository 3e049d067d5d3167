using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: key-decision</c>: "Key decision: Yes" or "Key decision: No" (Local Authorities (Executive Arrangements)
/// (Meetings and Access to Information) (England) Regulations 2012, reg 8), in the ReportFact style. The block holds
/// <c>yes</c> or <c>no</c> (any case, or <c>true</c>/<c>false</c> as data gives it); anything else is a problem, so that a
/// paper never states a key decision by accident.
/// </summary>
internal static class KeyDecisionBlockRenderer
{
    public const string Name = "key-decision";

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        if (FurnitureText.SingleParagraph(renderer, container, "yes or no") is not { } line)
        {
            return;
        }

        var text = BlockRoles.PlainText(line.Inline).Trim();
        string? answer = text.ToLowerInvariant() switch
        {
            "yes" or "true" => "Yes",
            "no" or "false" => "No",
            _ => null,
        };
        if (answer is null)
        {
            renderer.Problem(line, $"::: key-decision: '{text}' is not yes or no; expected yes or no");
            return;
        }

        FurnitureText.Labelled(renderer, StyleIds.ReportFact, "Key decision: ", null, answer);
    }
}
