namespace Send.Domain.Statutory;

/// <summary>The kind of appeal a council tells the Tribunal it will not oppose (SEND Regulations 2014, reg 45).</summary>
public enum UnopposedAppealKind
{
    /// <summary>Refusal to assess or reassess: TRIB-UNOPP-ASSESS (three limbs). This is the default value.</summary>
    Assess = 0,

    /// <summary>Content or ceasing: TRIB-UNOPP-CONTENT.</summary>
    Content = 1,

    /// <summary>School or institution only: TRIB-UNOPP-SCHOOL.</summary>
    School = 2,

    /// <summary>Refusal to make a plan: TRIB-UNOPP-REFUSAL (draft, then final).</summary>
    Refusal = 3,
}
