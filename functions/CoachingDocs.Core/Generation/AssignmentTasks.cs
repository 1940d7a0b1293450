using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Writes the task brief and an answer space per AC (or per marked heading), each answer an evidence control, so a
/// learner's answer is tagged with the AC it answers from the start. Where the catalogue holds the unit's brief as its
/// source prints it (8585-300, D3.01+D3.02, D3.03) that brief is printed verbatim; otherwise one is built from the LOs
/// and ACs (or the legacy mark-sheet sections).
/// </summary>
internal static class AssignmentTasks
{
    public const string ReflectionsSummary = "reflectionsSummary";

    public static void Write(OpenXmlElement body, ShapeRequest request)
    {
        var unit = request.Unit;
        var brief = Content(body, "taskBrief");
        var answers = Content(body, "answers");
        if (unit.AssignmentBrief is { } source)
        {
            // The source's own brief replaces the template's generic instruction.
            brief?.RemoveAllChildren();
            brief?.Append(Brief(source, AlreadyPrinted(body)));
            foreach (var task in source.Tasks)
            {
                if (task.Items.Count > 0)
                    foreach (var item in task.Items)
                    {
                        answers?.Append(Heading($"AC {item.Ref} {unit.FindCriterion(item.Ref)?.Text ?? item.Text}"));
                        answers?.Append(Answer([item.Ref]));
                    }
                else
                {
                    var refs = MarkedCriteria(task, request);
                    answers?.Append(Heading(task.Title));
                    answers?.Append(refs.Count > 0 ? Answer(refs) : new Paragraph());
                }
            }
            return;
        }
        if (request.Unit.MarkSheet is { } sheet)
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

    /// <summary>
    /// D3.03's coaching diary: the unit's TASK and headings at the top, and under the marked heading that the diary's own
    /// records do not answer ("Reflections on the effectiveness of coaching activity") its instructions and prompts.
    /// </summary>
    public static void WriteDiaryBrief(OpenXmlElement body, ShapeRequest request)
    {
        if (request.Unit.AssignmentBrief is not { } source) return;
        Content(body, "taskBrief")?.Append(Brief(source, new HashSet<string>()));
        var reflections = ContentControls.WithTag(body, TagConvention.Section(ReflectionsSummary)).FirstOrDefault();
        var criteria = request.Unit.Criteria.Where(c => c.EvidencedBy.Contains(DocumentKinds.CoachingDiary + "#" + ReflectionsSummary, StringComparer.Ordinal))
            .Select(c => c.Ref).ToHashSet(StringComparer.Ordinal);
        var task = source.Tasks.FirstOrDefault(t => MarkedCriteria(t, request).Any(criteria.Contains));
        if (reflections is null || task is null) return;
        reflections.InsertBeforeSelf(Heading(task.Title));
        foreach (var element in TaskText(task, withCriteria: false)) reflections.InsertBeforeSelf(element);
    }

    private static IEnumerable<OpenXmlElement> Brief(AssignmentBrief brief, IReadOnlySet<string> alreadyPrinted)
    {
        yield return Heading(brief.Title);
        foreach (var part in brief.Parts)
        {
            // The cover's own declaration prints the authenticity paragraphs; they are not printed twice.
            if (part.Paragraphs.Count > 0 && part.Paragraphs.All(alreadyPrinted.Contains)) continue;
            yield return Heading(part.Heading, level: 3);
            foreach (var paragraph in part.Paragraphs) yield return Text(paragraph);
        }
        foreach (var task in brief.Tasks)
        {
            yield return Heading(task.Title, level: 3);
            foreach (var element in TaskText(task, withCriteria: true)) yield return element;
        }
    }

    private static IEnumerable<OpenXmlElement> TaskText(BriefTask task, bool withCriteria)
    {
        foreach (var paragraph in task.Paragraphs) yield return Text(paragraph);
        foreach (var bullet in task.Bullets) yield return Text("\u2022 " + bullet);
        foreach (var item in task.Items) yield return Text($"{item.Ref}  {item.Text}");
        if (task.Marks is { } marks) yield return Text(marks, italic: true);
        if (withCriteria && task.AssessmentCriteria.Count > 0)
        {
            yield return Text("Assessment Criteria", bold: true);
            foreach (var criterion in task.AssessmentCriteria) yield return Text("\u2022 " + criterion);
        }
    }

    /// <summary>This unit's ACs marked under a task: those of its mark-sheet section that belong to this unit.</summary>
    private static List<string> MarkedCriteria(BriefTask task, ShapeRequest request) =>
        request.Unit.MarkSheet?.Sections.FirstOrDefault(s => s.Id == task.MarkSection)?.Criteria
            .Select(request.OwnCriterionRef).OfType<string>().ToList() ?? [];

    /// <summary>Paragraph texts the template already prints in its declaration.</summary>
    private static HashSet<string> AlreadyPrinted(OpenXmlElement body) =>
        ContentControls.WithTag(body, TagConvention.Section("declaration")).SelectMany(s => s.Descendants<Paragraph>())
            .Select(p => p.InnerText.Trim()).ToHashSet(StringComparer.Ordinal);

    private static OpenXmlElement? Content(OpenXmlElement body, string section) =>
        ContentControls.WithTag(body, TagConvention.Section(section)).Select(ContentControls.ContentOf).FirstOrDefault();

    private static SdtBlock Answer(IReadOnlyList<string> criteria) =>
        new(ContentControls.EvidenceProperties(criteria), new SdtContentBlock(new Paragraph()));

    private static Paragraph Heading(string text, int level = 2) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(text)));

    private static Paragraph Text(string text, bool italic = false, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (italic || bold)
        {
            var props = new RunProperties();
            if (bold) props.AppendChild(new Bold());
            if (italic) props.AppendChild(new Italic());
            run.PrependChild(props);
        }
        return new Paragraph(run);
    }
}
