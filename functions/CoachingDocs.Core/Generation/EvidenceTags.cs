using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Wraps the content of each <c>cd1:s:</c> section in a <c>cd1:ac:</c> evidence control listing the unit's ACs whose
/// catalogue entry says the section evidences them (<c>evidencedBy: ["coaching-diary#sessionGoal"]</c>).
/// </summary>
internal static class EvidenceTags
{
    public static void Place(OpenXmlElement body, string kind, Unit unit)
    {
        foreach (var section in ContentControls.All(body).ToList())
        {
            if (!TagConvention.TryParse(ContentControls.TagOf(section), out var tag) || tag.Kind != TagConvention.SectionKind) continue;
            var key = kind + "#" + tag.Value;
            var criteria = unit.Criteria.Where(c => c.EvidencedBy.Contains(key, StringComparer.Ordinal)).ToList();
            if (criteria.Count == 0) continue;
            Wrap(section, criteria.Select(c => c.Ref).ToList());
            // As on the ILM forms, each part is headed by the ACs it evidences. Outside the controls, so the guidance
            // never counts as the learner's evidence. The assignment already heads each answer with its AC.
            if (section is SdtBlock && kind != DocumentKinds.AssignmentCover)
            {
                // Above the part's guidance, as the forms print it ("AC 1.3 ...", then "Some essential information ...").
                OpenXmlElement anchor = section;
                while (anchor.PreviousSibling() is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == Templates.FormLayouts.GuidanceStyle)
                    anchor = p;
                // Once per part: a part inside another that already heads an AC does not head it again (the SWOT in the diagnostics).
                var headed = HeadedAbove(section, kind, unit);
                foreach (var ac in criteria.Where(c => !headed.Contains(c.Ref)))
                    anchor.InsertBeforeSelf(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = AcLineStyle }), new Run(
                        new RunProperties(new Italic(), new Color { Val = "2F5496" }),
                        new Text(Line(kind, unit, ac)) { Space = SpaceProcessingModeValues.Preserve })));
            }
        }
    }

    /// <summary>
    /// The AC line. The observation and supervision forms serve two units and name the unit on each line
    /// ("Unit 301 - AC 3.4 ..."); a generated form is for one unit, so it prints that unit's line.
    /// </summary>
    /// <summary>The templates' style for AC lines; the run keeps its own formatting too, for centre templates without the style.</summary>
    public const string AcLineStyle = "AcLine";

    private static string Line(string kind, Unit unit, AssessmentCriterion ac) =>
        kind is DocumentKinds.ObservationFeedback or DocumentKinds.SupervisionRecord
            ? $"Unit {unit.FormNumber} - AC {ac.Ref} {ac.Text}"
            : $"AC {ac.Ref} {ac.Text}";

    private static HashSet<string> HeadedAbove(SdtElement section, string kind, Unit unit)
    {
        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outer in section.Ancestors<SdtElement>())
            if (TagConvention.TryParse(ContentControls.TagOf(outer), out var tag) && tag.Kind == TagConvention.SectionKind)
                refs.UnionWith(unit.Criteria.Where(c => c.EvidencedBy.Contains(kind + "#" + tag.Value, StringComparer.Ordinal)).Select(c => c.Ref));
        return refs;
    }

    public static void Wrap(SdtElement section, IReadOnlyList<string> criteria)
    {
        var content = ContentControls.ContentOf(section);
        if (content is null || content.ChildElements.OfType<SdtElement>().Any(c => ContentControls.TagOf(c) is { } t && t.StartsWith(TagConvention.Prefix + TagConvention.EvidenceKind + ":", StringComparison.Ordinal)))
            return;
        // Moved, not copied: sections nested in this one (the SWOT in the diagnostics) are still to be wrapped in turn.
        var children = content.ChildElements.ToArray();
        foreach (var child in children) child.Remove();
        var properties = ContentControls.EvidenceProperties(criteria);
        OpenXmlElement? wrapper = content switch
        {
            SdtContentBlock => new SdtBlock(properties, new SdtContentBlock(children)),
            SdtContentRow => new SdtRow(properties, new SdtContentRow(children)),
            SdtContentRun => new SdtRun(properties, new SdtContentRun(children)),
            _ => null, // a cell-level section cannot hold another cell-level control around its cell
        };
        if (wrapper is null)
        {
            content.Append(children);
            return;
        }
        content.AppendChild(wrapper);
    }
}
