using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.TaggedBodies;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Repeating items (cd1:i) read by tags: where an assessor finds each record ("Coaching Diary #2"), the client a
/// per-client block passes to its sessions, the sections and evidence controls inside an item, and deleted items.
/// Inputs: hand-written WordprocessingML (see <see cref="TaggedBodies"/>).
/// </summary>
public class TaggedItemTests
{
    private static object[] SessionFields(string date, string duration) =>
        [Field("sessionDate", date), Field("duration", duration)];

    [Fact]
    public void Session_items_are_located_by_their_position_in_the_diary()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Item("session", Field("clientRef", "A"), SessionFields("03/03/2025", "1 hour")),
            Item("session", Field("clientRef", "B"), SessionFields("10/03/2025", "1 hour")));

        Assert.Equal([At("Coaching Diary #1", 1), At("Coaching Diary #2", 2)], reading.Sessions.Select(s => s.Location));
    }

    [Fact]
    public void Session_items_of_an_hours_log_are_located_in_the_hours_log()
    {
        var reading = Read(DocumentKinds.HoursLog, Item("session", Field("clientRef", "A"), SessionFields("03/03/2025", "1 hour")));
        Assert.Equal(At("Hours log #1", 1), Assert.Single(reading.Sessions).Location);
    }

    [Fact]
    public void Sessions_outside_any_item_are_located_in_the_form_or_nowhere_when_its_kind_is_unknown()
    {
        Assert.Equal(At("Coaching Diary", 1), Assert.Single(Read(DocumentKinds.CoachingDiary, SessionFields("03/03/2025", "1 hour")).Sessions).Location);
        Assert.Equal(At("", 1), Assert.Single(Read(null, SessionFields("03/03/2025", "1 hour")).Sessions).Location);
    }

    [Fact]
    public void A_client_block_passes_its_client_to_sessions_that_name_none_however_deeply_they_sit()
    {
        // Client K's block holds a review block holding a session with no client of its own; client M's block
        // (inside K's) holds a session too, which is M's.
        var reading = Read(DocumentKinds.CoachingDiary,
            Item("client", Field("clientRef", "K"),
                Item("review", Item("session", SessionFields("03/03/2025", "1 hour"))),
                Item("client", Field("clientRef", "M"), Item("session", SessionFields("10/03/2025", "1 hour")))));

        Assert.Equal(["K", "M"], reading.Sessions.Select(s => s.ClientRef));
    }

    [Fact]
    public void A_section_in_a_block_of_no_known_form_is_located_by_the_block_name()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Item("client", Field("clientRef", "K"), Section("clientPlan", P("Six fortnightly sessions in the training room."))));

        var passage = Assert.Single(reading.Evidence);
        Assert.Equal("other#clientPlan", passage.Section);
        Assert.Equal(At("client #1"), passage.Location);
    }

    // Printed by the coaching diary's template (see TemplateBaselineTests), not by the reflective log's: inside a
    // reflective entry it is the learner's writing.
    private const string DiaryPrint = "In signing this agreement, all parties agree:";
    private const string Learner = "I kept quiet for longer and the client found her own answer.";

    [Fact]
    public void A_section_in_a_reflective_entry_of_a_diary_is_read_and_located_as_the_entrys_form()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Item("reflection", Field("sessionDate", "03/03/2025"), Section("learning", P(DiaryPrint), P(Learner))));

        var passage = Assert.Single(reading.Evidence);
        Assert.Equal(DocumentKinds.ReflectiveLog + "#learning", passage.Section);
        Assert.Equal(DiaryPrint + "\n" + Learner, passage.Text);
        Assert.Equal(At("Reflective Log #1"), passage.Location);
    }

    [Fact]
    public void An_evidence_control_in_a_reflective_entry_of_a_diary_is_read_and_located_as_the_entrys()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Item("reflection", Field("sessionDate", "03/03/2025"), Evidence("3.1", P(DiaryPrint), P(Learner))));

        var passage = Assert.Single(reading.Evidence);
        Assert.Equal(["3.1"], passage.Criteria);
        Assert.Equal(DiaryPrint + "\n" + Learner, passage.Text);
        Assert.Equal(At("Reflective Log #1"), passage.Location);
    }

    [Fact]
    public void A_reflection_section_in_a_session_gives_the_session_its_reflection()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Item("session", Field("clientRef", "A"), SessionFields("03/03/2025", "1 hour"), Section("reflection", P(Learner))));

        Assert.True(Assert.Single(reading.Sessions).HasReflection);
    }

    [Fact]
    public void A_session_number_locates_a_reflective_entry()
    {
        var reading = Read(DocumentKinds.ReflectiveLog,
            Item("reflection", Field("sessionNumber", "3"), Field("duration", "90"), Field("reflection", Learner)));

        Assert.Equal(new ReadLocation(FileName, "Reflective Log #1", 3), Assert.Single(reading.Reflections).Location);
    }

    [Fact]
    public void A_stated_total_in_a_tracked_deleted_row_is_not_read()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            DeletedRow(Field("totalHours", "5")),
            Item("session", Field("clientRef", "A"), SessionFields("03/03/2025", "1 hour")));

        Assert.Null(reading.StatedTotalMinutes);
        Assert.Single(reading.Sessions);
    }

    [Fact]
    public void A_field_control_saved_without_content_adds_nothing_to_its_section()
    {
        var reading = Read(DocumentKinds.ReflectiveLog,
            Item("reflection", Field("sessionDate", "03/03/2025"), Section("learning", EmptySdt("cd1:f:questioning"), Field("learning", Learner))));

        Assert.Equal(Learner, Assert.Single(reading.Evidence).Text);
    }
}
