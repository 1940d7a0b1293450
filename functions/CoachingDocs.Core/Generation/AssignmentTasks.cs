using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Writes the assignment's task brief (every LO and AC, or the legacy mark-sheet sections) and an answer space per AC,
/// each an evidence control, so a learner's answer is tagged with the AC it answers from the start.
/// </summary>
internal static class AssignmentTasks
{
    public static void Write(OpenXmlElement body, ShapeRequest request)
    {
        var unit = request.Unit;
        var brief = Content(body, "taskBrief");
        var answers = Content(body, "answers");
        if (unit.MarkSheet is { } sheet)
        {
            foreach (var section in sheet.Sections)
            {
                brief?.Append(Heading(section.Title), Text($"(min {section.MinMarks} marks required from {section.MaxMarks} available)", italic: true));
                brief?.Append(section.Criteria.Select(c => Text("\u2022 " + request.DescribeCriterion(c))));
                var refs = section.Criteria.Select(request.OwnCriterionRef).OfType<string>().ToList();
                answers?.Append(Heading(section.Title));
                answers?.Append(refs.Count > 0 ? Answer(refs) : new Paragraph());
            }
            return;
        }
        foreach (var lo in unit.LearningOutcomes)
        {
            brief?.Append(Heading($"Task {lo.Ref}: {lo.Text}"));
            brief?.Append(lo.Criteria.Select(ac => Text($"{ac.Ref}  {ac.Text}")));
            foreach (var ac in lo.Criteria)
            {
                answers?.Append(Heading($"AC {ac.Ref} {ac.Text}"));
                answers?.Append(Answer([ac.Ref]));
            }
        }
    }

    private static OpenXmlElement? Content(OpenXmlElement body, string section) =>
        ContentControls.WithTag(body, TagConvention.Section(section)).Select(ContentControls.ContentOf).FirstOrDefault();

    private static SdtBlock Answer(IReadOnlyList<string> criteria) =>
        new(ContentControls.EvidenceProperties(criteria), new SdtContentBlock(new Paragraph()));

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }), new Run(new Text(text)));

    private static Paragraph Text(string text, bool italic = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (italic) run.PrependChild(new RunProperties(new Italic()));
        return new Paragraph(run);
    }
}
