using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.LabelReaderDocument;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Tables of an untagged document: which first rows are a grid's header (one row a session under it), a header
/// repeated across a page break, the hours-per-client summary (warned about once), a table of its own right after a
/// grid, and a legacy mark sheet's rows. Inputs: hand-written WordprocessingML.
/// </summary>
public class LabelReaderGridTableTests
{
    private static List<(string? Client, DateOnly? Date, int? Minutes)> Sessions(DocumentReading reading) =>
        [.. reading.Sessions.Select(s => (s.ClientRef, s.Date, s.Minutes))];

    private static readonly DateOnly March4 = new(2025, 3, 4);

    public static TheoryData<string, string> HeaderRows => new()
    {
        // A column of the form's own labels may hold digits ("Score (1-10)").
        { "a labelled score column", Table(Row("Client", "Date", "Duration", "Score (1-10)"), Row("Client A", "04/03/2025", "1 hour", "8")) },
        // A known label first, then headings known only by their words: not a row of labels each followed by its value.
        { "headings known by their words", Table(Row("Client", "Day of the session", "Minutes spent", "What we talked about"),
            Row("Client A", "04/03/2025", "60", "Goals for the year")) },
        { "an unknown heading of 50 characters", Table(Row(OfLength("What was agreed and what was left open for us both", 50), "Client", "Date", "Duration"),
            Row("Shared a plan", "Client A", "04/03/2025", "1 hour")) },
    };

    [Theory]
    [MemberData(nameof(HeaderRows))]
    public void A_header_row_makes_each_row_under_it_a_session(string what, string table)
    {
        var reading = Read(table);

        Assert.True(Sessions(reading).SequenceEqual([("Client A", March4, 60)]), what);
        Assert.Equal("doc.docx, session 1, table 1, row 2", reading.Sessions[0].Location.ToString());
    }

    [Fact]
    public void A_first_row_with_an_unknown_heading_over_50_characters_is_no_header()
    {
        var reading = Read(Table(Row(OfLength("What was agreed and what was left open for one week", 51), "Client", "Date", "Duration"),
            Row("Shared a plan", "Client A", "04/03/2025", "1 hour")));

        Assert.Empty(reading.Sessions);
    }

    [Fact]
    public void Every_row_under_a_plans_objective_headings_evidences_the_objectives()
    {
        var reading = Read(P("Personal Development Plan", "Heading1")
            + Table(Row("Objective", "How will I do it?"), Row("Lead the weekly one-to-ones", "Shadow my manager first"),
                Row("Delegate the rota", "Use a shared checklist")));

        Assert.Equal(
            [("Lead the weekly one-to-ones", 2), ("Shadow my manager first", 2), ("Delegate the rota", 3), ("Use a shared checklist", 3)],
            reading.Evidence.Where(e => e.Section == "development-plan#objectives").Select(e => (e.Text, e.Location.Row!.Value)));
    }

    [Fact]
    public void A_two_column_table_right_after_a_grid_is_read_by_its_own_labels()
    {
        var reading = Read(SessionGrid() + Table(Row("Total hours", "5")));

        Assert.Equal(300, reading.StatedTotalMinutes);
        Assert.Equal("doc.docx, table 2, row 1", reading.StatedTotalLocation!.ToString());
    }

    [Fact]
    public void A_header_repeated_after_a_page_break_keeps_the_bare_minutes_of_the_sessions_above_it()
    {
        // Sessions written as bare minutes: the Total on the next page is minutes too, not 150 hours.
        var header = Row("Client", "Date", "Duration");
        var reading = Read(Table(header, Row("Client A", "04/03/2025", "60"), Row("Client B", "11/03/2025", "90"))
            + Table(header, Row("Total", "", "150")));

        Assert.Equal([60, 90], reading.Sessions.Select(s => s.Minutes!.Value));
        Assert.Equal(150, reading.StatedTotalMinutes);
    }

    private static string Summary(string client, string hours) => Table(Row("Client", "Hours"), Row(client, hours));

    public static TheoryData<string, string, string[]> SummaryTables => new()
    {
        { "one table of hours per client", Summary("Client A", "6"), ["doc.docx, table 1, row 1"] },
        { "its header repeated after a page break", Summary("Client A", "6") + Summary("Client B", "4"), ["doc.docx, table 1, row 1"] },
        { "two such tables with a paragraph between", Summary("Client A", "6") + P("Clients seen in the second half of the year") + Summary("Client B", "4"),
            ["doc.docx, table 1, row 1", "doc.docx, table 2, row 1"] },
        { "a session grid", SessionGrid(), [] },
    };

    [Theory]
    [MemberData(nameof(SummaryTables))]
    public void A_table_of_hours_per_client_is_warned_about_once_and_gives_no_sessions(string what, string body, string[] warnedAt)
    {
        var reading = Read(body);

        var warnings = reading.Warnings.Where(w => w.Code == WarningCodes.RowNotASession).ToList();
        Assert.True(warnedAt.SequenceEqual(warnings.Select(w => w.Location.ToString())), what);
        Assert.All(warnings, w => Assert.Equal(
            "a table of hours per client: figures the learner stated, not sessions; sessions are counted from their own records", w.Message));
        if (warnedAt.Length > 0) Assert.Empty(reading.Sessions);
    }

    [Fact]
    public void A_mark_sheet_row_gives_the_mark_out_of_its_maximum()
    {
        var reading = Read(Table(Row("Contracting", "/20 marks (min 10)", "15"), Row("Total marks", "15")));

        var mark = Assert.Single(reading.Marks);
        Assert.Equal(("Contracting", 15, 20, 10, "doc.docx, table 1, row 1"), (mark.Title, mark.Awarded, mark.MaxMarks, mark.MinMarks!.Value, mark.Location.ToString()));
        Assert.Equal(15, reading.StatedTotalMarks);
    }
}
