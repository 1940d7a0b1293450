using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Reports;
using DocumentFormat.OpenXml.Packaging;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reports;

/// <summary>The auto-checked result sheet reads like a person wrote it: words, not ids, markers or "1 sessions".</summary>
public class ResultSheetWordingTests
{
    private static readonly CheckReport Report = CheckRunner.Run(TestCatalogue.Instance,
        [Upload(LibreOfficeIlmLayout, Asset(LibreOfficeIlmLayout))], "8585-302");

    private static string SheetText(CheckReport report, string format = ReportFormats.Docx)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report, TestCatalogue.Unit302, format, stream, new DocumentGenerator(TestCatalogue.Instance));
        using var document = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Theory]
    [InlineData(ReportFormats.Docx)]
    [InlineData(ReportFormats.Matrix)]
    public void No_ids_codes_or_source_markers_only_sentences(string format)
    {
        var text = SheetText(Report, format);
        foreach (var marker in new[] { "(tag)", "(label)", "(section)", "(records)", "Rule: ", "NOT MET", "_NO_EVIDENCE", "STATED_TOTAL_MISMATCH", " h (", " min)" })
            Assert.DoesNotContain(marker, text);
        foreach (var kind in Report.Rules.Select(r => r.Kind)) Assert.DoesNotContain(kind, text);
        Assert.Contains("Minimum hours", text);
    }

    [Fact]
    public void Each_rule_says_its_figure_against_what_the_unit_asks()
    {
        // Assets/make/make-libreoffice-diary.py: 8 sessions with two clients, session 8 without a reflection, session 3
        // without the client's feedback, 12.5 hours.
        var text = SheetText(Report);
        Assert.Contains("Minimum hours", text);
        Assert.Contains("Met: 12.5 hours against the 12 hours required.", text);
        Assert.Contains("Met: 2 individuals; at most 2 individuals allowed.", text);
        Assert.Contains("Not met: 7 of the 8 sessions reflected on.", text);
        Assert.Contains("Not met: 7 of the 8 sessions with client feedback.", text);
    }

    [Fact]
    public void One_of_a_thing_is_singular()
    {
        var one = Report with { Supervision = Report.Supervision with { Sessions = 1, Minutes = 60 } };
        var text = SheetText(one);
        Assert.Contains("1 session, 1 hour (60 minutes)", text);
        Assert.DoesNotContain("1 sessions", text);
        Assert.DoesNotContain("1 hours", text);
    }

    [Fact]
    public void Findings_are_sentences_with_their_place_in_brackets()
    {
        var text = SheetText(Report);
        var mismatch = Report.Findings.Single(f => f.Code == FindingCodes.StatedTotalMismatch);
        Assert.Contains($"The stated total is 12 hours but the 8 sessions read add up to 12.5 hours (750 minutes) ({mismatch.Location}).", text);
    }

    [Fact]
    public void The_learners_details_from_their_files_fill_the_sheet_when_the_caller_passes_them()
    {
        using var stream = new MemoryStream();
        var known = Core.Reading.LearnerDetailsReader.Read([Upload(LibreOfficeIlmLayout, Asset(LibreOfficeIlmLayout))]);
        ReportWriter.Write(Report, TestCatalogue.Unit302, ReportFormats.Docx, stream, new DocumentGenerator(TestCatalogue.Instance), known);
        using var document = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var field = Core.OpenXml.ContentControls.WithTag(document.MainDocumentPart!.Document.Body!, Core.OpenXml.TagConvention.Field(Core.OpenXml.FieldNames.LearnerName)).First();
        Assert.Equal("A. Learner", Core.OpenXml.ContentControls.TextOf(field));
    }
}
