using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>A location as an assessor reads it in a finding: only the parts that were found, in a fixed order.</summary>
public class ReadLocationTests
{
    [Fact]
    public void Every_part_found_is_said_in_order()
    {
        Assert.Equal("diary.docx, Coaching Diary, session 3, sheet Log, table 2, row 5, paragraph 7",
            new ReadLocation("diary.docx", "Coaching Diary", 3, 2, 5, 7, "Log").ToString());
    }

    [Fact]
    public void Empty_and_missing_parts_are_left_out()
    {
        Assert.Equal("diary.docx", new ReadLocation("diary.docx", "", Sheet: "").ToString());
        Assert.Equal("log.xlsx, sheet Hours, row 4", new ReadLocation("log.xlsx", Sheet: "Hours", Row: 4).ToString());
    }
}
