using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The reason for coaching a third individual, read from an untagged document: a labelled "Exceptional circumstances"
/// answer, or "... exceptional circumstances: reason" in the learner's own text. Placeholders ("n/a", "none") are no
/// reason; the first reason stated is the one kept. Inputs: hand-written WordprocessingML (Fixtures.Docx/P/Table/Row).
/// </summary>
public class LabelLayoutExceptionalReasonTests
{
    private static DocumentReading Read(string body) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), "diary.docx"), ["8585-302"]);

    private static string Labelled(string answer) => Table(Row("Exceptional circumstances", answer));

    [Theory]
    [InlineData("Client 3 joined when Client 2 left", "Client 3 joined when Client 2 left")]
    [InlineData("Ill", "Ill")] // three letters are a reason on the form
    [InlineData("ok", null)] // two letters are not
    [InlineData("N/A", null)]
    [InlineData("None", null)]
    [InlineData("Not applicable", null)]
    [InlineData("Click or tap here to enter text.", null)] // Word's placeholder
    [InlineData("..........", null)] // a dotted line to write on
    [InlineData(". . . . .", null)]
    public void A_labelled_answer_is_the_reason_unless_it_is_a_placeholder(string answer, string? reason)
    {
        var reading = Read(Labelled(answer));

        Assert.Equal(reason, reading.ExceptionalReason);
        if (reason is not null) Assert.Equal((1, 1), (reading.ExceptionalReasonLocation!.Table, reading.ExceptionalReasonLocation.Row));
        else Assert.Null(reading.ExceptionalReasonLocation);
    }

    [Fact]
    public void The_first_labelled_reason_is_kept()
    {
        var reading = Read(Labelled("Client 2 moved abroad") + P("More") + Labelled("Client 4 replaced Client 1"));

        Assert.Equal("Client 2 moved abroad", reading.ExceptionalReason);
        Assert.Equal(1, reading.ExceptionalReasonLocation!.Table);
    }

    // In free text, the words after "exceptional circumstances:" are the reason; without a colon or dash the whole line is.
    [Theory]
    [InlineData("I coached a third individual because of exceptional circumstances: Client 1 left the organisation", "Client 1 left the organisation")]
    [InlineData("A third individual was coached in exceptional circumstances as Client 2 moved abroad",
        "A third individual was coached in exceptional circumstances as Client 2 moved abroad")]
    [InlineData("A third individual because of exceptional circumstances: abroad", "abroad")] // six letters are enough
    [InlineData("A third individual because of exceptional circumstances: ill", null)] // five or fewer are not
    [InlineData("A third individual because of exceptional circumstances: not applicable", null)]
    [InlineData("She was an exceptional listener throughout the programme", null)] // "exceptional" alone is not the phrase
    public void A_free_text_mention_gives_the_reason_after_the_colon(string text, string? reason)
    {
        var inParagraph = Read(P(text));
        var inTableCell = Read(Table(Row(text)));

        Assert.Equal(reason, inParagraph.ExceptionalReason);
        Assert.Equal(reason, inTableCell.ExceptionalReason);
        if (reason is not null)
        {
            Assert.Equal(1, inParagraph.ExceptionalReasonLocation!.Paragraph);
            Assert.Equal((1, 1), (inTableCell.ExceptionalReasonLocation!.Table, inTableCell.ExceptionalReasonLocation.Row));
        }
    }

    [Fact]
    public void The_first_free_text_reason_is_kept()
    {
        var reading = Read(P("Because of exceptional circumstances: Client 1 left the organisation")
            + P("Because of exceptional circumstances: Client 2 changed role"));

        Assert.Equal("Client 1 left the organisation", reading.ExceptionalReason);
        Assert.Equal(1, reading.ExceptionalReasonLocation!.Paragraph);
    }

    // A paragraph longer than 600 characters is an essay that mentions the phrase, not a stated reason.
    [Theory]
    [InlineData(600, true)]
    [InlineData(601, false)]
    public void A_long_paragraph_is_not_read_for_a_reason(int length, bool read)
    {
        const string start = "Because of exceptional circumstances: Client 1 left ";
        var text = start + new string('x', length - start.Length);

        var reading = Read(P(text));

        Assert.Equal(read ? text[(start.IndexOf(':') + 2)..] : null, reading.ExceptionalReason);
    }
}
