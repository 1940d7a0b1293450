using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.LabelReaderDocument;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The heading an assessor is pointed to for a session read from a grid: the last session heading of up to 60
/// characters, form title (a heading of up to 90 characters, or a plain line of up to 60) or other heading of up to 80;
/// a longer one is not used and the form's name stands instead. Inputs: hand-written WordprocessingML, each heading
/// followed by the same session grid.
/// </summary>
public class LabelReaderHeadingLocationTests
{
    private const string Heading80 = "Working with new team leaders in the spring term and what I learnt from them all";
    private const string Heading81 = "Working with new team leaders in the spring term and what I learned from them all";
    private const string Title60 = "My coaching log for this year with the new team leaders, all";
    private const string Title61 = "My coaching log for this year with the new team leaders, each";
    private const string Title90 = "My coaching log for the year with the new team leaders at the regional office, kept weekly";
    private const string Session60 = "Session 1 – 04/03/2025 – 1 hour – Client Josephine Whitfield";
    private const string Session61 = "Session 1 – 04/03/2025 – 1 hour – Client Alexandria Whitfield";

    public static TheoryData<string, string> Headings => new()
    {
        { P("Coaching Diary", "Title") + P(OfLength(Heading80, 80), "Heading2"), Heading80 },
        { P("Coaching Diary", "Title") + P(OfLength(Heading81, 81), "Heading2"), "Coaching Diary" },
        { P("Coaching Diary", "Title") + P("Notes on my practice"), "Coaching Diary" },     // body text is no heading
        { P(OfLength(Title60, 60)), Title60 },                 // a plain line naming the form is its title
        { P(OfLength(Title61, 61)), "Coaching Diary" },        // too long for a plain line to be a title
        { P(OfLength(Title90, 90), "Heading1"), Title90 },
        { P(OfLength(Session60, 60), "Heading2"), Session60 },
        { P(OfLength(Session61, 61), "Heading2"), "Coaching Diary" },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void A_grid_session_is_located_under_the_last_heading_short_enough_to_name_it(string headings, string section)
    {
        var reading = Read(headings + SessionGrid());

        var session = reading.Sessions.Last();
        Assert.Equal(("Client A", new DateOnly(2025, 3, 4), 60), (session.ClientRef, session.Date!.Value, session.Minutes!.Value));
        Assert.Equal(section, session.Location.Section);
    }
}
