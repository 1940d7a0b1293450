using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.TaggedBodies;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Evidence (cd1:ac) controls read from any document, the deleted content they are not read from, and the bound on
/// how deeply nested controls are interpreted. Inputs: hand-written WordprocessingML (see <see cref="TaggedBodies"/>).
/// </summary>
public class TaggedEvidenceTests
{
    private const string Passage = "I asked open questions and let the client set the goal.";

    [Fact]
    public void An_evidence_control_after_other_content_is_read_with_its_criteria_and_only_it()
    {
        // A heading paragraph, a field control and an empty evidence control come before the learner's tagged passage.
        var reading = ReadEvidence(null,
            P("My reflections"),
            Field("goal", "Plan the rota"),
            Evidence("2.1", P("")),
            Evidence("1.1, 3.2", P(Passage)));

        var passage = Assert.Single(reading.Evidence);
        Assert.Equal(["1.1", "3.2"], passage.Criteria);
        Assert.Equal(Passage, passage.Text);
        Assert.Null(passage.Section);
        Assert.Equal(new ReadLocation(FileName, "tagged passage"), passage.Location);
        Assert.Equal(EvidenceSource.Tag, passage.Source);
    }

    [Fact]
    public void An_evidence_control_saved_without_content_is_no_passage()
    {
        Assert.Empty(ReadEvidence(null, EmptySdt("cd1:ac:1.1")).Evidence);
    }

    [Fact]
    public void An_evidence_control_in_tracked_deleted_content_is_not_read()
    {
        // The learner deleted one tagged passage (a deleted table row) and one tagged run (w:del) with track changes on.
        var reading = ReadEvidence(null,
            DeletedRow(Evidence("1.1", P("Deleted passage"))),
            DeletedRuns(Evidence("1.2", P("Deleted run"))),
            Evidence("3.1", P(Passage)));

        Assert.Equal(["3.1"], Assert.Single(reading.Evidence).Criteria);
    }

    [Theory]
    // Exactly at the limit: every control is read and nothing is said.
    [InlineData(TaggedReader.MaxControlDepth, TaggedReader.MaxControlDepth, 0)]
    // One past it: the innermost control is plain text and the reading says so.
    [InlineData(TaggedReader.MaxControlDepth + 1, TaggedReader.MaxControlDepth, 1)]
    // Three past it: still said once.
    [InlineData(TaggedReader.MaxControlDepth + 3, TaggedReader.MaxControlDepth, 1)]
    public void Evidence_controls_nested_past_the_limit_are_read_as_text_and_said_once(int depth, int passages, int warnings)
    {
        var reading = ReadEvidence(null, Nested(depth, "cd1:ac:1.1", P(Passage)));

        Assert.Equal(passages, reading.Evidence.Count);
        Assert.All(reading.Evidence, e => Assert.Equal(Passage, e.Text));
        var tooDeep = reading.Warnings.Where(w => w.Code == WarningCodes.ControlsTooDeep).ToList();
        Assert.Equal(warnings, tooDeep.Count);
        Assert.All(tooDeep, w =>
        {
            Assert.Equal("content controls are nested more than 32 deep; the deeper ones were read as plain text", w.Message);
            Assert.Equal(new ReadLocation(FileName), w.Location);
        });
    }
}
