using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Generation;

/// <summary>Everything that shapes a document before personalisation; equal requests give equal shaped documents (the cache key).</summary>
internal sealed record ShapeRequest(string Kind, Unit Unit, Qualification? Qualification, int Sessions, int Clients)
{
    public string Title => $"{Templates.FormTitles.Of(Kind)} – {Unit.Id} {Unit.Title}";

    public string QualificationTitle => Qualification?.Title ?? "";

    public DocumentIdentity Identity(string templateVersion) =>
        new(Kind, Qualification?.Id, Unit.Id, PersonalFields.Marker(PersonalFields.RegistrationNumber), templateVersion);

    /// <summary>Header fields every kind may carry: unit-level values as text, learner values as markers.</summary>
    public IReadOnlyDictionary<string, string> SingleFields()
    {
        var months = UnitCounts.PlanMonths(Unit);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OpenXml.FieldNames.UnitId] = Unit.Id,
            [OpenXml.FieldNames.UnitTitle] = Unit.Title,
            [OpenXml.FieldNames.QualificationTitle] = QualificationTitle,
            [OpenXml.FieldNames.PlanMonths] = months.ToString(),
            [OpenXml.FieldNames.PlannedSessions] = Sessions.ToString(),
            [OpenXml.FieldNames.LearnerName] = PersonalFields.Marker(PersonalFields.LearnerName),
            [OpenXml.FieldNames.RegistrationNumber] = PersonalFields.Marker(PersonalFields.RegistrationNumber),
            [OpenXml.FieldNames.CentreName] = PersonalFields.Marker(PersonalFields.CentreName),
            [OpenXml.FieldNames.CentreNumber] = PersonalFields.Marker(PersonalFields.CentreNumber),
            [OpenXml.FieldNames.AssessorName] = PersonalFields.Marker(PersonalFields.AssessorName),
            [OpenXml.FieldNames.StartDate] = PersonalFields.Marker(PersonalFields.StartDate),
            [OpenXml.FieldNames.EndDate] = PersonalFields.Marker(PersonalFields.EndDate),
        };
        if (Unit.MarkSheet is { } sheet)
            fields[OpenXml.FieldNames.PassRule] = $"Total {sheet.PassMark}+ overall (of {sheet.TotalMarks}), AND the minimum in each section: PASS; otherwise REFERRAL";
        return fields;
    }
}
