namespace CoachingDocs.Core.Roster;

/// <summary>
/// The documented roster columns (docs/cohorts.md) and the header spellings accepted for each. Headers are compared
/// ignoring case, spaces and punctuation, so "Reg. No" and "registration_number" both match.
/// </summary>
public static class RosterColumns
{
    public const string LearnerName = "Learner name";
    public const string RegistrationNumber = "Registration number";
    public const string CentreName = "Centre name";
    public const string CentreNumber = "Centre number";
    public const string Qualification = "Qualification";
    public const string Units = "Units";
    public const string Assessor = "Assessor";
    public const string ClientReferences = "Client references";
    public const string StartDate = "Start date";
    public const string EndDate = "End date";
    public const string PlannedSessions = "Planned sessions";

    public static readonly IReadOnlyList<string> Required = [LearnerName, RegistrationNumber, CentreName, CentreNumber, Qualification];

    public static readonly IReadOnlyList<string> All =
        [LearnerName, RegistrationNumber, CentreName, CentreNumber, Qualification, Units, Assessor, ClientReferences, StartDate, EndDate, PlannedSessions];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["learnername"] = LearnerName, ["name"] = LearnerName, ["learner"] = LearnerName, ["fullname"] = LearnerName,
        ["registrationnumber"] = RegistrationNumber, ["regno"] = RegistrationNumber, ["registrationno"] = RegistrationNumber,
        ["ilmregistrationnumber"] = RegistrationNumber, ["learnernumber"] = RegistrationNumber,
        ["centrename"] = CentreName, ["centre"] = CentreName, ["centername"] = CentreName,
        ["centrenumber"] = CentreNumber, ["centreno"] = CentreNumber, ["centernumber"] = CentreNumber,
        ["qualification"] = Qualification, ["qualificationid"] = Qualification,
        ["units"] = Units, ["unit"] = Units, ["unitids"] = Units,
        ["assessor"] = Assessor, ["assessorname"] = Assessor,
        ["clientreferences"] = ClientReferences, ["clientrefs"] = ClientReferences, ["clients"] = ClientReferences,
        ["startdate"] = StartDate, ["start"] = StartDate,
        ["enddate"] = EndDate, ["end"] = EndDate,
        ["plannedsessions"] = PlannedSessions, ["sessions"] = PlannedSessions,
    };

    /// <summary>The documented column a header names, or null for a column the roster reader ignores.</summary>
    public static string? Match(string header)
    {
        var key = new string(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Aliases.GetValueOrDefault(key);
    }
}
