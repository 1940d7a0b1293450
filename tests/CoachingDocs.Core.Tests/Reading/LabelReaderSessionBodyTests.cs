using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.LabelReaderDocument;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The paragraphs under a free-format heading: under a reflection heading they are the reflection; under a session or
/// supervision heading they are that record's body (its content), not a reflection. Inputs: hand-written WordprocessingML.
/// </summary>
public class LabelReaderSessionBodyTests
{
    [Fact]
    public void The_text_under_a_reflection_heading_is_that_sessions_reflection()
    {
        var reading = Read(P("Reflection on session 2", "Heading2") + P("I rushed the goal setting."));

        var reflection = Assert.Single(reading.Reflections);
        Assert.Equal((2, "doc.docx, Reflective Log, session 2, paragraph 1"), (reflection.SessionNumber!.Value, reflection.Location.ToString()));
        var passage = Assert.Single(reading.Evidence);
        Assert.Equal(("reflective-log#reflection", "I rushed the goal setting.", "doc.docx, Reflection on session 2, paragraph 2"),
            (passage.Section, passage.Text, passage.Location.ToString()));
    }

    [Fact]
    public void The_text_under_a_session_heading_is_no_reflection()
    {
        var reading = Read(P("Session 1 – Client A – 04/03/2025 – 1 hour", "Heading2") + P("We explored options for the rota."));

        var session = Assert.Single(reading.Sessions);
        Assert.Equal(("Client A", 60, false), (session.ClientRef, session.Minutes!.Value, session.HasReflection));
        Assert.Empty(reading.Reflections);
        Assert.Empty(reading.Evidence);
    }

    [Fact]
    public void A_supervision_heading_with_text_under_it_is_a_supervision_session()
    {
        var reading = Read(P("Supervision 1", "Heading2") + P("We discussed contracting with a new client."));

        var supervision = Assert.Single(reading.Supervision);
        Assert.Equal("doc.docx, Supervision, session 1, paragraph 1", supervision.Location.ToString());
    }
}
