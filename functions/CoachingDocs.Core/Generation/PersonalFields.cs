using System.Globalization;
using System.Security;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// The per-learner values. A shaped (per-unit) document holds a marker in place of each value; filling swaps the markers
/// for the learner's values. Markers use Unicode private-use characters, which no catalogue or template text contains.
/// </summary>
internal static class PersonalFields
{
    public const char MarkerStart = '\uE000';
    public const char MarkerEnd = '\uE001';

    public const int LearnerName = 0, RegistrationNumber = 1, CentreName = 2, CentreNumber = 3, AssessorName = 4,
        StartDate = 5, EndDate = 6, FirstClientRef = 8;

    public static int SlotCount(int clients) => FirstClientRef + Math.Max(clients, 1);

    public static string Marker(int slot) => $"{MarkerStart}{slot.ToString(CultureInfo.InvariantCulture)}{MarkerEnd}";

    /// <summary>The values for each slot, XML-escaped (they are put into XML text and attribute values).</summary>
    public static string[] Values(LearnerDetails learner, int clients)
    {
        var values = new string[SlotCount(clients)];
        values[LearnerName] = learner.Name;
        values[RegistrationNumber] = learner.RegistrationNumber;
        values[CentreName] = learner.CentreName;
        values[CentreNumber] = learner.CentreNumber;
        values[AssessorName] = learner.AssessorName ?? "";
        values[StartDate] = learner.StartDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
        values[EndDate] = learner.EndDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
        for (var i = 0; i < Math.Max(clients, 1); i++)
            values[FirstClientRef + i] = i < learner.ClientRefs.Count ? learner.ClientRefs[i] : "";
        for (var i = 0; i < values.Length; i++) values[i] = SecurityElement.Escape(values[i]?.Trim() ?? "");
        return values;
    }
}
