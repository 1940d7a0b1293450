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
                foreach (var ac in criteria)
                    section.InsertBeforeSelf(new Paragraph(new Run(
                        new RunProperties(new Italic(), new Color { Val = "2F5496" }),
                        new Text($"AC {ac.Ref} {ac.Text}") { Space = SpaceProcessingModeValues.Preserve })));
        }
    }

    public static void Wrap(SdtElement section, IReadOnlyList<string> criteria)
    {
        var content = ContentControls.ContentOf(section);
        if (content is null || content.ChildElements.OfType<SdtElement>().Any(c => ContentControls.TagOf(c) is { } t && t.StartsWith(TagConvention.Prefix + TagConvention.EvidenceKind + ":", StringComparison.Ordinal)))
            return;
        var children = content.ChildElements.Select(c => c.CloneNode(true)).ToArray();
        var properties = ContentControls.EvidenceProperties(criteria);
        OpenXmlElement? wrapper = content switch
        {
            SdtContentBlock => new SdtBlock(properties, new SdtContentBlock(children)),
            SdtContentRow => new SdtRow(properties, new SdtContentRow(children)),
            SdtContentRun => new SdtRun(properties, new SdtContentRun(children)),
            _ => null, // a cell-level section cannot hold another cell-level control around its cell
        };
        if (wrapper is null) return;
        content.RemoveAllChildren();
        content.AppendChild(wrapper);
    }
}
