using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.LabelReaderDocument;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Whether an untagged document is reported as read by its headings and free text or by its form labels: free text
/// only when it has session headings and no label/value cells at all. Inputs: hand-written WordprocessingML.
/// </summary>
public class LabelReaderModeTests
{
    private const string SessionHeading = "Session 1 – Client A – 04/03/2025 – 1 hour";

    public static TheoryData<string, string, ReadingMode> Documents => new()
    {
        { "session headings and paragraphs", P(SessionHeading, "Heading2") + P("We agreed a contract."), ReadingMode.FreeText },
        { "a session heading over a label/value table", P(SessionHeading, "Heading2") + Table(Row("Goal", "Agree a contract")), ReadingMode.Labels },
        // The answers sit in the row under their labels: still label/value cells.
        { "a session heading over labels above their answers", P(SessionHeading, "Heading2")
            + Table(Row("Strengths", "Weaknesses"), Row("Good rapport", "Time keeping")), ReadingMode.Labels },
        { "paragraphs with no session heading", P("Notes on my practice") + P("We agreed a contract."), ReadingMode.Labels },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_reading_mode_is_free_text_only_for_session_headings_without_label_cells(string what, string body, ReadingMode expected)
    {
        var reading = Read(body);

        Assert.True(expected == reading.Mode, what);
        var said = expected == ReadingMode.FreeText ? "headings and free text" : "form labels";
        Assert.Equal($"no CoachingDocs tags: read by its {said}", reading.Warnings.Single(w => w.Code == WarningCodes.UnidentifiedDocument).Message);
    }
}
