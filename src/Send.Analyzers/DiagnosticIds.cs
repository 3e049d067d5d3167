namespace Send.Analyzers;

/// <summary>
/// Every diagnostic id Send's analyzers report, in one place. SEND1xxx are rules about C# code that uses Send.Domain;
/// SEND2xxx are rules about Scriban report templates. Each id has a page at <c>docs/rules/&lt;id&gt;.md</c>.
/// </summary>
public static class DiagnosticIds
{
    // SEND1xxx: code rules.

    /// <summary>The system clock read where Send expects an injected <c>NodaTime.IClock</c>.</summary>
    public const string NoSystemClock = "SEND1001";

    /// <summary>A statutory deadline computed by hand with date arithmetic instead of the statutory rule API.</summary>
    public const string HandComputedStatutoryDeadline = "SEND1002";

    /// <summary>A <c>double</c> or <c>float</c> converted to or from <c>Money</c>, or passed as an amount.</summary>
    public const string FloatingPointMoney = "SEND1003";

    /// <summary>KPI values compared with <c>&lt;</c> or <c>&gt;</c>, ignoring the KPI's polarity.</summary>
    public const string KpiComparisonWithoutPolarity = "SEND1004";

    /// <summary>A financial or academic year boundary written as a date literal.</summary>
    public const string HandWrittenYearBoundary = "SEND1005";

    /// <summary><c>Math.Round</c> on a money amount without an explicit <c>MidpointRounding</c>.</summary>
    public const string MoneyRoundingWithoutMidpoint = "SEND1006";

    /// <summary>A statutory deadline's due date compared without checking whether the deadline was disapplied.</summary>
    public const string DisappliedDeadlineAsBinding = "SEND1007";

    // SEND2xxx: template rules.

    /// <summary>A Scriban syntax error or an unbalanced block in a template.</summary>
    public const string TemplateSyntaxError = "SEND2001";

    /// <summary>A template variable that is not a model member, not assigned, and not a registered function.</summary>
    public const string TemplateUnknownVariable = "SEND2002";

    /// <summary>A member that does not exist on the template's declared model type.</summary>
    public const string TemplateUnknownMember = "SEND2003";

    /// <summary>An include of a template that does not exist.</summary>
    public const string TemplateMissingInclude = "SEND2004";
}
