using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// How DiscussionRecordReader finds a discussion record's columns, whatever their order and whatever other columns the
/// centre's table has, and reads rows that are short or merged. Tables are built as the reader's blocks; each expected
/// passage is "ACs = summary @ section, row".
/// </summary>
public class DiscussionRecordTableTests
{
    // A cell written "text|2" spans two grid columns.
    private static TableRowBlock Row(int number, params string[] cells)
    {
        var blocks = new List<TableCellBlock>();
        var column = 0;
        foreach (var cell in cells)
        {
            var parts = cell.Split('|');
            var span = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
            blocks.Add(new TableCellBlock(parts[0], [parts[0]], column, span, false));
            column += span;
        }
        return new TableRowBlock(blocks, number);
    }

    private static List<string> Read(params string[][] rows)
    {
        var table = new TableBlock(rows.Select((cells, i) => Row(i + 1, cells)).ToList(), 1);
        var reading = new DocumentReading { FileName = "discussion.docx" };
        DiscussionRecordReader.Read([table], reading);
        return reading.Evidence.Select(e =>
        {
            Assert.Equal(EvidenceSource.Discussion, e.Source);
            Assert.Null(e.Section);
            Assert.Equal(1, e.Location.Table);
            return $"{string.Join(",", e.Criteria)} = {e.Text} @ {e.Location.Section}, row {e.Location.Row}";
        }).ToList();
    }

    [Fact]
    public void Columns_are_found_in_any_order()
    {
        Assert.Equal(["1.1 = Talked about contracting @ professional discussion at 02:10, row 2"],
            Read(["AC ref", "Time in recording", "Summary of discussion"], ["1.1", "02:10", "Talked about contracting"]));
        Assert.Equal(["2.1 = Said how she reviews goals @ professional discussion at 03:00, row 2"],
            Read(["Time", "Summary", "AC"], ["03:00", "Said how she reviews goals", "2.1"]));
    }

    [Fact]
    public void The_first_column_of_each_kind_counts_and_later_look_alikes_are_passed_over()
    {
        // "Assessor notes" reads like a summary heading and "AC met?" like an AC heading; the record's own come first.
        var evidence = Read(
            ["Time", "AC reference", "Summary of discussion", "Assessor notes", "AC met?"],
            ["04:20", "1.2", "Explained the GROW model she uses", "Clear", "yes"]);
        Assert.Equal(["1.2 = Explained the GROW model she uses @ professional discussion at 04:20, row 2"], evidence);
        var later = Read(
            ["Time", "Timestamp", "ACs", "Summary"],
            ["05:00", "", "3.1", "Described her supervision"]);
        Assert.Equal(["3.1 = Described her supervision @ professional discussion at 05:00, row 2"], later);
    }

    [Fact]
    public void A_heading_cell_up_to_60_characters_counts_and_a_longer_one_is_a_sentence()
    {
        var summary60 = "Summary of the points covered in this part of the discussion";
        Assert.Equal(60, summary60.Length);
        Assert.Equal(["1.1 = Said it @ professional discussion at 01:00, row 2"],
            Read(["Time", "AC", summary60], ["01:00", "1.1", "Said it"]));
        Assert.Empty(Read(["Time", "AC", summary60 + "."], ["01:00", "1.1", "Said it"]));
        // A long instruction cell in the header row is not a column heading, even with "AC" and "summary" in it.
        Assert.Equal(["1.3 = Went through her reflective log @ professional discussion at 06:00, row 2"], Read(
            ["Write the AC references, the time in the recording and a summary", "Time", "AC", "Summary"],
            ["", "06:00", "1.3", "Went through her reflective log"]));
    }

    [Fact]
    public void The_header_is_looked_for_in_the_first_three_rows_only()
    {
        string[] title = ["Professional discussion record"];
        string[] header = ["Time", "AC", "Summary"];
        string[] row = ["07:00", "2.2", "Discussed ethics"];
        Assert.Equal(["2.2 = Discussed ethics @ professional discussion at 07:00, row 4"], Read(title, title, header, row));
        Assert.Empty(Read(title, title, title, header, row));
    }

    [Fact]
    public void A_short_row_and_a_merged_cell_are_read_for_what_they_hold()
    {
        var evidence = Read(
            ["Time", "AC", "Summary"],
            // The summary cell is missing: ACs named, nothing said.
            ["08:00", "1.1"],
            // One cell merged over the AC and summary columns holds both.
            ["09:00", "AC 2.3: she explained how she closes a session|2"],
            ["", "3.2", "Talked about endings"]);
        Assert.Equal([
            "2.3 = AC 2.3: she explained how she closes a session @ professional discussion at 09:00, row 3",
            "3.2 = Talked about endings @ professional discussion, row 4",
        ], evidence);
    }

    [Theory]
    [InlineData("AC 2.1.", new[] { "2.1" })]
    [InlineData("2.1, 3.1 and 3.2.", new[] { "2.1", "3.1", "3.2" })]
    [InlineData("AC1.1.AC1.2", new[] { "1.1", "1.2" })]
    [InlineData("1.1.2", new string[0])]
    [InlineData("12.03.2025", new string[0])]
    [InlineData("version 2.10b", new string[0])]
    public void A_reference_may_close_a_sentence_but_not_sit_inside_a_longer_number(string text, string[] expected) =>
        Assert.Equal(expected, DiscussionRecordReader.Criteria(text));
}
