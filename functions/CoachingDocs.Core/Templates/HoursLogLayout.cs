namespace CoachingDocs.Core.Templates;

/// <summary>Where things are on the hours log sheet; shared by the template builder, the generator and the validator.</summary>
public static class HoursLogLayout
{
    public const string SheetName = "Coaching hours";
    public const int HeaderRow = 7;
    public const int FirstDataRow = 8;
    public const int LastDataRow = 507;

    /// <summary>The column headings, which the reader matches (the ILM diary's own labels where it has them).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Client Ref/ID", "Date of Session", "Start time", "End time", "Duration (hours)", "Paid / Pro bono", "Individual / Group", "Notes",
    ];

    public static readonly IReadOnlyList<string> PaidChoices = ["Paid", "Pro bono"];
    public static readonly IReadOnlyList<string> GroupChoices = ["Individual", "Group"];
}
