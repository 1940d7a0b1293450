using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Answer cells of a form under an "AC" heading, read by label: what the learner wrote is evidence for that criterion,
/// without the form's own printed rating scale, without the label in front of an answer, and once for a merged cell.
/// Inputs: hand-written WordprocessingML (Fixtures.Docx/P/Table/Row/Cell, w:vMerge written by hand).
/// </summary>
public class LabelLayoutAnswerCellTests
{
    private static DocumentReading Read(string body) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), "answers.docx"), ["8585-302"]);

    private static readonly string Criterion = P("AC 2.1 Establish the coaching contract", "Heading2");

    private static string[] EvidenceFor(DocumentReading reading, string criterion) =>
        [.. reading.Evidence.Where(e => e.Criteria.Contains(criterion)).Select(e => e.Text)];

    [Fact]
    public void A_printed_rating_scale_is_not_evidence_but_the_words_beside_it_are()
    {
        var reading = Read(Criterion + Table(Row("Not confident at all", "1", "2", "3", "Fully confident")));

        Assert.Equal(["Not confident at all", "Fully confident"], EvidenceFor(reading, "2.1"));
    }

    [Fact]
    public void Two_numbers_in_a_row_are_not_a_scale()
    {
        var reading = Read(Criterion + Table(Row("Sessions planned against held", "6", "7")));

        Assert.Equal(["Sessions planned against held", "6", "7"], EvidenceFor(reading, "2.1"));
    }

    [Fact]
    public void A_label_before_an_answer_in_the_same_cell_is_left_out_of_the_evidence()
    {
        var labelOnTop = $"<w:tc>{P("Feedback received")}{P("The client found it useful")}</w:tc>";
        var reading = Read(Criterion + Table(Row("Feedback: The client was pleased"), Row(labelOnTop)));

        Assert.Equal(["The client was pleased", "The client found it useful"], EvidenceFor(reading, "2.1"));
    }

    [Fact]
    public void A_vertically_merged_answer_is_evidence_once()
    {
        var reading = Read(Criterion + Table(
            Row(Cell("My account of agreeing the contract", "<w:vMerge w:val=\"restart\"/>"), "First meeting"),
            Row(Cell("", "<w:vMerge/>"), "Second meeting")));

        Assert.Equal(["My account of agreeing the contract", "First meeting", "Second meeting"], EvidenceFor(reading, "2.1"));
    }

    [Fact]
    public void Answers_outside_any_criterion_are_no_criterion_evidence()
    {
        var reading = Read(Table(Row("Start time", "10:00"), Row("My account of agreeing the contract")));

        Assert.DoesNotContain(reading.Evidence, e => e.Criteria.Count == 0 && e.Section is null);
    }

    // A free-format session heading with its details in a label/value table is read by labels; with its details
    // only in "Label: value" paragraphs it is free text.
    [Theory]
    [InlineData(true, ReadingMode.Labels)]
    [InlineData(false, ReadingMode.FreeText)]
    public void A_label_and_value_table_makes_the_reading_by_labels(bool table, ReadingMode mode)
    {
        var details = table ? Table(Row("Duration", "1 hour")) : P("Duration: 1 hour");

        var reading = Read(P("Session 1 – Learner 1 – 04/03/25", "Heading3") + details);

        Assert.Equal(mode, reading.Mode);
    }

    // Under an AC heading, a form's label/value answers and its log grid make the paragraphs there the form's instructions.
    [Fact]
    public void Paragraphs_under_a_criterion_with_form_answers_and_a_log_grid_are_no_evidence()
    {
        var reading = Read(Criterion + P("Describe how you agreed the contract with your client")
            + Table(Row("Client Ref/ID", "Client 1")) + Table(Row("Date", "Duration"), Row("04/03/2025", "1 hour")));

        Assert.DoesNotContain("Describe how you agreed the contract with your client", EvidenceFor(reading, "2.1"));
        Assert.Equal(("Client 1", 60), reading.Sessions.Select(s => (s.ClientRef!, s.Minutes!.Value)).Single());
    }
}
