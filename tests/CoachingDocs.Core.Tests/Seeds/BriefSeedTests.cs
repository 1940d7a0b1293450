using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Seeds;

/// <summary>The assessment briefs against their seeds: 8585-300's Appendix 1 line by line; the legacy briefs of 000 Appendix B.</summary>
public sealed class BriefSeedTests
{
    private const string LegacySeed = "000_d76411f3fd4fa7a6.txt";

    [Fact]
    public void The_8585_300_brief_is_the_seeds_Appendix_1_in_its_order()
    {
        var seed = SeedText.Form(SeedText.Handbook8585, "Assessment instructions", "Appendix 2", joinCells: true);
        var document = Paragraphs(DocumentKinds.AssignmentCover, "8585-300");
        // The authenticity paragraphs are printed once, in the cover's declaration at the end (docs/forms.md).
        var authenticity = seed.SkipWhile(l => l != "Authenticity of work").Skip(1).TakeWhile(l => l != "Types of evidence and word count").ToList();
        Assert.Equal(2, authenticity.Count);
        Assert.All(authenticity, a => Assert.Contains(document, p => p.Contains(a, StringComparison.Ordinal)));
        AssertInOrder(document, seed.Where(l => l != "Authenticity of work" && !authenticity.Contains(l)), "8585-300");
        // What the rebuilt brief lost: the scenario, "two or more" / "three or more" and the word count.
        Assert.Contains(document, p => p.Contains("The suggested word count for this unit is 2,500 - 3,500 words", StringComparison.Ordinal));
        Assert.Contains(document, p => p.Contains("Identifying two or more potential barriers", StringComparison.Ordinal));
        Assert.Contains(document, p => p.Contains("Describing three or more tools and techniques", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("D3.01", DocumentKinds.AssignmentCover)]
    [InlineData("D3.02", DocumentKinds.AssignmentCover)]
    [InlineData("D3.03", DocumentKinds.CoachingDiary)]
    public void A_legacy_brief_is_000s_wording_and_is_printed_in_its_order(string unitId, string kind)
    {
        var seed = SeedText.Normalise(File.ReadAllText(Path.Combine(SeedText.Folder(), LegacySeed)));
        var brief = TemplateFiller.Catalogue.FindUnit(unitId)!.AssignmentBrief!;
        var texts = new List<string> { brief.Title };
        foreach (var part in brief.Parts) texts.AddRange([part.Heading, .. part.Paragraphs]);
        foreach (var task in brief.Tasks) texts.AddRange([task.Title, .. task.Paragraphs, .. task.Bullets, .. task.Marks is { } m ? [m] : Array.Empty<string>(), .. task.AssessmentCriteria]);
        Assert.All(texts, t => Assert.Contains(SeedText.Normalise(t), seed));
        AssertInOrder(Paragraphs(kind, unitId), texts.Select(SeedText.Normalise), unitId);
    }

    [Fact]
    public void D3_02_is_marked_on_the_one_combined_sheet_and_answers_its_own_ACs_in_the_combined_assignment()
    {
        using var sheet = new GeneratedDocument(Generate(DocumentKinds.ResultSheet, "D3.02"));
        Assert.Empty(ContentControls.WithTag(sheet.Body, TagConvention.Section("acResults")));
        Assert.Equal(["Ensuring good practice in coaching", "Identifying learning styles and barriers to learning", "Support for coaching and recording outcomes", "Your strengths and weaknesses in coaching skills"],
            sheet.Items(BlockNames.MarkSection).Select(r => GeneratedDocument.FieldIn(r, FieldNames.SectionTitle)));

        using var cover = new GeneratedDocument(Generate(DocumentKinds.AssignmentCover, "D3.02"));
        var tagged = cover.Tags.Where(t => t.StartsWith("cd1:ac:", StringComparison.Ordinal)).SelectMany(t => t["cd1:ac:".Length..].Split(',')).Order().ToList();
        Assert.Equal(TemplateFiller.Catalogue.FindUnit("D3.02")!.Criteria.Select(c => c.Ref).Order(), tagged);
    }

    private static void AssertInOrder(List<string> document, IEnumerable<string> labels, string unitId)
    {
        var position = 0;
        string? previous = null;
        foreach (var label in labels)
        {
            var found = document.FindIndex(position, p => p.Contains(label, StringComparison.Ordinal));
            Assert.True(found >= 0, $"{unitId}: \"{label}\" is not found after \"{previous}\"");
            position = found + 1;
            previous = label;
        }
    }

    private static byte[] Generate(string kind, string unitId) => TemplateFiller.Blank(kind, unitId);

    private static List<string> Paragraphs(string kind, string unitId)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Generate(kind, unitId)), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => SeedText.Normalise(string.Concat(p.Descendants<Text>().Select(t => t.Text)))).Where(t => t.Length > 0).ToList();
    }
}
