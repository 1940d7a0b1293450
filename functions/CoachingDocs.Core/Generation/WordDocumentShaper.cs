using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Turns a generic Word template into one unit's document: one block per session / client / AC from the catalogue,
/// unit fields filled, evidence tags around the sections that evidence ACs, the identity part. Learner values are left
/// as markers for <see cref="FillableDocument"/>. Works by tags only, so a centre's restyled template shapes the same way.
/// </summary>
internal static class WordDocumentShaper
{
    public static byte[] Shape(byte[] template, ShapeRequest request, string templateVersion)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The template has no main document part.");
            var body = main.Document.Body ?? throw new InvalidDataException("The template has no body.");

            // The result sheet holds both layouts; keep the one the unit is assessed by.
            RemoveSection(body, request.Unit.MarkSheet is null ? "markSheet" : "acResults");
            // One item per session, client, AC ... (Word's "+" lets the learner add more later).
            // Outer blocks first; a block inside another (the sessions in each client's diary) is sized per outer item.
            foreach (var repeating in ContentControls.All(body).Where(ContentControls.IsRepeatingSection).Where(IsOutermost).ToList())
                ExpandRepeatingSection(repeating, request, client: null);
            // Parts a unit's form has only when the unit calls for them (a SWOT, reviews, the exceptional-circumstances record ...).
            foreach (var name in OptionalParts.AbsentFrom(request.Kind, request.Unit)) RemoveSection(body, name);
            if (request.Kind == DocumentKinds.AssignmentCover) AssignmentTasks.Write(body, request);
            if (request.Kind == DocumentKinds.CoachingDiary) AssignmentTasks.WriteDiaryBrief(body, request);
            // Header fields, wherever the centre put them (body, page headers, page footers).
            var fields = request.SingleFields();
            foreach (var root in new OpenXmlElement[] { body }.Concat(main.HeaderParts.Select(h => h.Header)).Concat(main.FooterParts.Select(f => f.Footer)))
                FillFields(root, fields);
            // Pre-placed evidence tags, so the checker and the add-in find the ACs these sections evidence by design.
            EvidenceTags.Place(body, request.Kind, request.Unit);

            IdentityPart.Write(main, request.Identity(templateVersion));
            CoreProperties.Write(document, request.Title, request.Unit.Id);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void RemoveSection(OpenXmlElement body, string name)
    {
        foreach (var section in ContentControls.WithTag(body, TagConvention.Section(name)).ToList()) section.Remove();
    }

    private static void FillFields(OpenXmlElement root, IReadOnlyDictionary<string, string> fields)
    {
        foreach (var sdt in ContentControls.All(root).ToList())
            if (TagConvention.TryParse(ContentControls.TagOf(sdt), out var tag) && tag.IsField && fields.TryGetValue(tag.Value, out var value))
                ContentControls.SetText(sdt, value);
    }

    /// <summary>
    /// Removes a field's paragraph, and its table row too when nothing else in the row has text (the matrices' "Section
    /// One" row, the result sheet's comment rows, whose other cells are empty answer fields).
    /// </summary>
    private static void RemoveLine(SdtElement field)
    {
        var row = field.Ancestors<TableRow>().FirstOrDefault();
        field.Ancestors<Paragraph>().FirstOrDefault()?.Remove();
        if (row is not null && string.IsNullOrWhiteSpace(row.InnerText)) row.Remove();
    }

    private static bool IsOutermost(SdtElement repeating) => !repeating.Ancestors<SdtElement>().Any(ContentControls.IsRepeatingSection);

    /// <param name="client">the index of the client whose item holds this block, for blocks nested in a client's diary</param>
    private static void ExpandRepeatingSection(SdtElement repeating, ShapeRequest request, int? client)
    {
        if (!TagConvention.TryParse(ContentControls.TagOf(repeating), out var tag) || tag.Kind != TagConvention.RepeatingSectionKind) return;
        var itemTag = TagConvention.RepeatingItem(tag.Value);
        var items = ContentControls.ContentOf(repeating)?.ChildElements.OfType<SdtElement>().Where(i => ContentControls.TagOf(i) == itemTag).ToList();
        if (items is not { Count: > 0 }) return;
        var rows = BlockRows.For(tag.Value, request, client);
        if (rows is null) return; // a block this generator does not size: leave the centre's items as they are
        var prototype = items[0];
        OpenXmlElement anchor = prototype;
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var item = (SdtElement)prototype.CloneNode(true);
            foreach (var sdt in ContentControls.All(item).ToList())
            {
                if (!TagConvention.TryParse(ContentControls.TagOf(sdt), out var field) || !field.IsField || !row.TryGetValue(field.Value, out var value)) continue;
                if (value is null) RemoveLine(sdt);
                else ContentControls.SetText(sdt, value);
            }
            anchor = anchor.InsertAfterSelf(item);
            var itemClient = tag.Value == BlockNames.Client ? index : client;
            foreach (var nested in ContentControls.All(item).Where(ContentControls.IsRepeatingSection).Where(n => IsDirectlyIn(n, item)).ToList())
                ExpandRepeatingSection(nested, request, itemClient);
        }
        foreach (var old in items) old.Remove();
    }

    /// <summary>Whether a repeating section inside <paramref name="item"/> has no other repeating section between them.</summary>
    private static bool IsDirectlyIn(SdtElement nested, SdtElement item) =>
        nested.Ancestors<SdtElement>().TakeWhile(a => a != item).All(a => !ContentControls.IsRepeatingSection(a));

    /// <summary>The field values of each item of a repeating block; null means "remove this line".</summary>
    private static class BlockRows
    {
        public static IReadOnlyList<IReadOnlyDictionary<string, string?>>? For(string block, ShapeRequest request, int? client)
        {
            var unit = request.Unit;
            var months = UnitCounts.PlanMonths(unit);
            return block switch
            {
                BlockNames.Session when client is { } c => ForClient(c, request),
                BlockNames.Session or BlockNames.ReflectiveEntry or BlockNames.FeedbackForm => Numbered(request.Sessions, request),
                BlockNames.SupervisionSession => Numbered(UnitCounts.SupervisionSessions(unit), null),
                BlockNames.Client => Enumerable.Range(0, Math.Max(1, request.Clients))
                    .Select(i => Row((F.ClientRef, PersonalFields.Marker(PersonalFields.FirstClientRef + i)))).ToList(),
                BlockNames.Objective => Blank(UnitCounts.Objectives(months)),
                BlockNames.Review => Blank(UnitCounts.Reviews(months)),
                // A row per AC to start with: the recording decides which ACs each point addresses, so none is pre-filled.
                BlockNames.DiscussionPoint => Blank(Math.Max(1, unit.Criteria.Count())),
                BlockNames.CriterionRow => unit.LearningOutcomes.SelectMany(lo => lo.Criteria.Select((ac, i) => Row(
                    (F.OutcomeText, i == 0 ? OutcomeHeading(request.Kind, lo) : null),
                    (F.OutcomeCommentsLabel, i == lo.Criteria.Count - 1 ? $"Learning Outcome {lo.Ref} comments (optional):" : null),
                    (F.QaCommentsLabel, i == lo.Criteria.Count - 1 ? "QA comments (optional):" : null),
                    (F.CriterionRef, ac.Ref),
                    (F.CriterionText, ac.Text),
                    (F.ReferralDescriptor, ac.Referral ?? ""),
                    (F.PassDescriptor, ac.Pass ?? "")))).ToList(),
                BlockNames.MarkSection => unit.MarkSheet?.Sections.Select(s => Row(
                    (F.SectionTitle, s.Title),
                    (F.SectionCriteria, string.Join("\n", s.Criteria.Select(request.DescribeCriterion))),
                    (F.MarkLimits, $"/{s.MaxMarks} marks (min {s.MinMarks})"))).ToList() ?? [],
                _ => null,
            };
        }

        /// <summary>The evidence matrices head each outcome's ACs "Section One", "Section Two" ... (002 Appendices 5 and 8); the result sheets with the outcome.</summary>
        private static string OutcomeHeading(string kind, LearningOutcome lo) =>
            kind is DocumentKinds.PortfolioEvidenceMatrix or DocumentKinds.JournalEvidenceMatrix
                ? "Section " + (int.TryParse(lo.Ref, out var n) && n is >= 1 and <= 10 ? SectionWords[n - 1] : lo.Ref)
                : $"Learning Outcome {lo.Ref} {lo.Text}";

        private static readonly string[] SectionWords = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

        private static List<IReadOnlyDictionary<string, string?>> Numbered(int count, ShapeRequest? sessions) =>
            Enumerable.Range(1, count).Select(n =>
            {
                var row = new Dictionary<string, string?> { [F.SessionNumber] = n.ToString() };
                // With a single client every session is theirs; with several the learner says which.
                if (sessions is { Clients: 1 }) row[F.ClientRef] = PersonalFields.Marker(PersonalFields.FirstClientRef);
                return (IReadOnlyDictionary<string, string?>)row;
            }).ToList();

        /// <summary>
        /// The sessions of one client's diary: the planned sessions shared out between the clients (at least one each),
        /// numbered from 1 in each diary as the ILM diary numbers them, each carrying its client's reference.
        /// </summary>
        private static List<IReadOnlyDictionary<string, string?>> ForClient(int client, ShapeRequest request)
        {
            var clients = Math.Max(1, request.Clients);
            var share = Math.Max(1, request.Sessions / clients + (client < request.Sessions % clients ? 1 : 0));
            return Enumerable.Range(1, share).Select(n => Row(
                (F.SessionNumber, n.ToString()),
                (F.ClientRef, PersonalFields.Marker(PersonalFields.FirstClientRef + client)))).ToList();
        }

        private static List<IReadOnlyDictionary<string, string?>> Blank(int count) =>
            Enumerable.Range(0, count).Select(_ => Row()).ToList();

        private static IReadOnlyDictionary<string, string?> Row(params (string Field, string? Value)[] values) =>
            values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);
    }
}
