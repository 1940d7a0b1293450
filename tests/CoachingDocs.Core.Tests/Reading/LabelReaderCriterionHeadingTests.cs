using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.LabelReaderDocument;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Paragraphs under "AC n.n" headings of an untagged document are filed under those ACs: stacked headings share what
/// follows, only the heading's first words name ACs, a heading at the same level ends the block, the template's printed
/// lines and the instructions above a form's grid are not the learner's. Inputs: hand-written WordprocessingML.
/// </summary>
public class LabelReaderCriterionHeadingTests
{
    /// <summary>Every passage read, as an assessor would see it: the ACs it is filed under, its text and where it is.</summary>
    private static List<(string Criteria, string Text, string Location)> Passages(DocumentReading reading) =>
        [.. reading.Evidence.Select(e => (string.Join(",", e.Criteria), e.Text, e.Location.ToString()))];

    [Fact]
    public void Paragraphs_are_filed_under_the_ac_headings_above_them_until_a_heading_of_the_same_level()
    {
        var reading = Read(string.Concat(
            P("My notes on the unit."),                                     // 1: before any AC heading: nobody's evidence
            P("AC 1.1 Contracting with the client, see also 2.4", "Heading2"), // 2: "2.4" is past the heading's first words
            P("I agreed the contract in writing."),                         // 3
            P("AC 2.2", "Heading2"),                                        // 4: stacked headings
            P("AC 2.3", "Heading2"),                                        // 5
            P("Sessions were recorded."),                                   // 6
            P("AC 3.1", "Heading2"),                                        // 7
            P("The Coaching Contract", "Heading3"),                         // 8: a sub-heading stays inside AC 3.1
            P("I reviewed the contract."),                                  // 9
            P("Authenticity of work", "Heading2"),                          // 10: same level: the AC block ends
            P("I confirm this is my own work.")));                          // 11

        Assert.Equal(
            [
                ("1.1", "I agreed the contract in writing.", "doc.docx, paragraph 3"),
                ("2.2,2.3", "Sessions were recorded.", "doc.docx, paragraph 6"),
                ("3.1", "The Coaching Contract", "doc.docx, paragraph 8"), // the learner's own sub-heading is their writing too
                ("3.1", "I reviewed the contract.", "doc.docx, The Coaching Contract, paragraph 9"),
            ],
            Passages(reading));
    }

    [Fact]
    public void A_label_and_its_value_under_an_ac_heading_are_one_passage_of_the_value()
    {
        var reading = Read(P("AC 1.2", "Heading2") + P("Goal: Agree a contract"));

        Assert.Equal([("1.2", "Agree a contract", "doc.docx, paragraph 2")], Passages(reading));
    }

    public static TheoryData<string, string, string> PrintedLines => new()
    {
        // No title, so the document has no kind: the diary that the session heading starts is what printed the line.
        { "the diary's contract line under a diary session heading",
            P("Session 1 – Client A – 04/03/2025 – 1 hour", "Heading2") + P("AC 1.1", "Heading2")
            + P("In signing this agreement, all parties agree:") + P("We agreed to meet fortnightly."),
            "We agreed to meet fortnightly." },
        // The document is a reflective log (its first title); a later "Coaching Diary" title does not change whose
        // printed lines are left out.
        { "the reflective log's guidance under a later diary title",
            P("Reflective Log", "Title") + P("Coaching Diary", "Heading1") + P("AC 3.3", "Heading2")
            + P("Use this reflective log alongside the coaching diary, so that you can reflect on your skills, knowledge and behaviours, as you progress through the sessions.")
            + P("I asked more open questions."),
            "I asked more open questions." },
    };

    [Theory]
    [MemberData(nameof(PrintedLines))]
    public void The_templates_printed_lines_under_an_ac_heading_are_not_evidence(string what, string body, string learnersOwn)
    {
        var reading = Read(body);

        Assert.True(reading.Evidence.Count == 1, what);
        Assert.Equal(learnersOwn, reading.Evidence.Single().Text);
    }

    [Fact]
    public void Paragraphs_above_a_forms_grid_under_an_ac_heading_are_its_instructions()
    {
        var reading = Read(string.Concat(
            P("AC 1.1", "Heading2"),
            P("Write about how you contracted."),
            SessionGrid(),
            Table(Row("Goal", "Agree a contract"))));   // right after the grid: a table of its own (two columns, not three)

        Assert.Equal([("1.1", "Agree a contract", "doc.docx, table 2, row 1")], Passages(reading));
    }

    [Fact]
    public void A_grid_outside_the_ac_blocks_leaves_their_paragraphs_as_evidence()
    {
        var reading = Read(SessionGrid() + P("AC 1.1", "Heading2") + P("I contracted in writing."));

        Assert.Equal([("1.1", "I contracted in writing.", "doc.docx, paragraph 2")], Passages(reading));
    }
}
