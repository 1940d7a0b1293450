using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Seeds;

/// <summary>
/// The forms the seeds describe but do not print (the professional discussion record of 002 Appendix 10, the
/// authentication sheet): every sentence they quote is the seed's, and they hold what the seed says the record holds.
/// </summary>
public sealed class AddedFormTests
{

    public static TheoryData<string, string> UnitsWithAddedForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in TemplateFiller.Catalogue.Units)
            foreach (var kind in new[] { DocumentKinds.ProfessionalDiscussion, DocumentKinds.AuthenticityDeclaration }.Where(unit.DocumentKinds.Contains))
                data.Add(kind, unit.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnitsWithAddedForms))]
    public void Every_sentence_an_added_form_quotes_is_in_the_seeds(string kind, string unitId)
    {
        var seeds = string.Join("\n", Directory.GetFiles(SeedText.Folder(), "*.txt").Select(f => SeedText.Normalise(File.ReadAllText(f))));
        using var document = new GeneratedDocument(Generate(kind, unitId));
        // Guidance and plain sentences (not labels, headings or fields): every one longer than a label is a quotation.
        var sentences = document.Body.Descendants<Paragraph>()
            .Where(p => p.Ancestors<TableCell>().FirstOrDefault() is null && p.Ancestors<SdtElement>().All(s => !IsField(s)) && !p.Descendants<SdtElement>().Any(IsField))
            .Select(p => SeedText.Normalise(p.InnerText)).Where(t => t.Length > 60).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Contains(s, seeds));
    }

    [Fact]
    public void The_professional_discussion_record_has_a_time_AC_and_summary_row_per_AC_and_the_recording_details()
    {
        foreach (var unit in TemplateFiller.Catalogue.Units.Where(u => u.DocumentKinds.Contains(DocumentKinds.ProfessionalDiscussion)))
        {
            using var document = new GeneratedDocument(Generate(DocumentKinds.ProfessionalDiscussion, unit.Id));
            var rows = document.Items(BlockNames.DiscussionPoint);
            Assert.Equal(unit.Criteria.Count(), rows.Count);
            Assert.All(rows, r => Assert.All(new[] { FieldNames.DiscussionTime, FieldNames.DiscussionCriteria, FieldNames.DiscussionSummary },
                f => Assert.Single(ContentControls.WithTag(r, TagConvention.Field(f)))));
            Assert.All(rows, r => Assert.Equal("", GeneratedDocument.FieldIn(r, FieldNames.DiscussionCriteria))); // the recording decides, not the template
            foreach (var field in new[] { FieldNames.SessionDate, FieldNames.Duration, FieldNames.Participants, FieldNames.RecordingReference })
                Assert.Single(document.FieldTexts(field));
        }
    }

    private static bool IsField(SdtElement sdt) =>
        TagConvention.TryParse(ContentControls.TagOf(sdt), out var tag) && tag.IsField;

    private static byte[] Generate(string kind, string unitId) => TemplateFiller.Blank(kind, unitId);
}
