using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Generation;

/// <summary>Everything that shapes a document before personalisation; equal requests give equal shaped documents (the cache key).</summary>
internal sealed record ShapeRequest(string Kind, Unit Unit, Qualification? Qualification, int Sessions, int Clients, QualificationCatalogue Catalogue)
{
    /// <summary>
    /// An AC by reference: "1.1" in this unit, or "D3.02 2.1" in another (the legacy D3.01+D3.02 mark sheet spans two units).
    /// Returns the display text ("2.1 wording", prefixed with the unit when it is another unit's) or the reference as given.
    /// </summary>
    public string DescribeCriterion(string reference)
    {
        if (Unit.FindCriterion(reference) is { } own) return $"{own.Ref} {own.Text}";
        var space = reference.IndexOf(' ');
        if (space > 0 && Catalogue.FindUnit(reference[..space]) is { } other && other.FindCriterion(reference[(space + 1)..].Trim()) is { } ac)
            return other.Id == Unit.Id ? $"{ac.Ref} {ac.Text}" : $"{other.Id} {ac.Ref} {ac.Text}";
        return reference;
    }

    /// <summary>The AC reference of this unit that a mark-sheet reference names, if any ("D3.03 1.1" and "1.1" both give "1.1").</summary>
    public string? OwnCriterionRef(string reference)
    {
        if (Unit.FindCriterion(reference) is { } own) return own.Ref;
        var space = reference.IndexOf(' ');
        return space > 0 && string.Equals(reference[..space], Unit.Id, StringComparison.OrdinalIgnoreCase)
            ? Unit.FindCriterion(reference[(space + 1)..].Trim())?.Ref : null;
    }

    public string Title => $"{FormTitle} – {Unit.Id} {Unit.Title}";

    /// <summary>The form's name for this unit: a unit assessed by marks (000 Appendix B) has a mark sheet, not a result sheet.</summary>
    public string FormTitle => Kind == DocumentKinds.ResultSheet && Unit.MarkSheet is not null
        ? Templates.FormTitles.MarkSheet
        : Templates.FormTitles.Of(Kind);

    /// <summary>The pack's qualification; for a unit made outside one, every qualification the unit belongs to ("A or B").</summary>
    public string QualificationTitle => Qualification?.Title ?? string.Join(" or ", Catalogue.QualificationsFor(Unit.Id).Select(q => q.Title));

    public DocumentIdentity Identity(string templateVersion) =>
        new(Kind, Qualification?.Id, Unit.Id, PersonalFields.Marker(PersonalFields.RegistrationNumber), templateVersion);

    /// <summary>Header fields every kind may carry: unit-level values as text, learner values as markers.</summary>
    public IReadOnlyDictionary<string, string> SingleFields()
    {
        var months = UnitCounts.PlanMonths(Unit);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OpenXml.FieldNames.FormTitle] = FormTitle,
            [OpenXml.FieldNames.UnitId] = Unit.Id,
            [OpenXml.FieldNames.UnitTitle] = Unit.Title,
            [OpenXml.FieldNames.UnitNumber] = Unit.FormNumber,
            [OpenXml.FieldNames.QualificationTitle] = QualificationTitle,
            // The unit's minimum plan length where it has one; otherwise the learner says (D3.04's seed gives no horizon).
            [OpenXml.FieldNames.PlanMonths] = Unit.FindRule(RuleKinds.MinPlanMonths) is null ? "" : months.ToString(),
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
        {
            fields[OpenXml.FieldNames.PassRule] = $"Total {sheet.PassMark}+ overall (of {sheet.TotalMarks}), AND the minimum in each section: PASS; otherwise REFERRAL";
            fields[OpenXml.FieldNames.MarkSheetTitle] = sheet.Title;
        }
        return fields;
    }
}
