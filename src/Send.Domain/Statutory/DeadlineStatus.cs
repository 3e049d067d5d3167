namespace Send.Domain.Statutory;

/// <summary>Where a <see cref="StatutoryDeadline"/> stands on the "as at" date.</summary>
public enum DeadlineStatus
{
    /// <summary>Not done yet and the due date has not passed. This is the default value.</summary>
    Pending = 0,

    /// <summary>Done on or before the due date.</summary>
    MetOnTime = 1,

    /// <summary>Done after the due date; <see cref="StatutoryDeadline.DaysLate"/> says by how many days.</summary>
    MetLate = 2,

    /// <summary>Not done and the due date has passed.</summary>
    Overdue = 3,

    /// <summary>
    /// An eligible exception was invoked: the fixed limit no longer binds and the duty is "as soon as practicable".
    /// The statutory date is still shown unchanged.
    /// </summary>
    Disapplied = 4,

    /// <summary>The step no longer arises (for example no final plan is due after a decision not to assess).</summary>
    NotApplicable = 5,

    /// <summary>
    /// A planning, guidance or recommended date (or a minimum period) that has passed without the step. Not a breach.
    /// </summary>
    Lapsed = 6,

    /// <summary>The next step came inside a minimum period (for example a final plan issued within the 15-day comment period).</summary>
    Breached = 7,

    /// <summary>Information only: the law sets no fixed limit (EHC-CEASE) or the date is a look-back boundary.</summary>
    Information = 8,
}
