using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// docs/reading.md "what counts as a session": a session written in two files, or in one file as a heading and a table
/// row, counts once with a warning naming both places; two rows of one table are two sessions.
/// </summary>
public class SessionReconcilerTests
{
    private static readonly DateOnly Jan6 = new(2025, 1, 6);

    private static DocumentReading Document(string file, params SessionRecord[] sessions)
    {
        var d = new DocumentReading { FileName = file };
        d.Sessions.AddRange(sessions);
        return d;
    }

    private static SessionRecord Row(string file, int row, string? client, DateOnly? date, int? minutes, int? number = null, bool reflection = false, string? sheet = null) =>
        new(client, number, date, minutes, new ReadLocation(file, Table: sheet is null ? 1 : null, Row: row, Sheet: sheet), HasReflection: reflection);

    private static SessionRecord Heading(string file, int paragraph, string? client, DateOnly? date, int? minutes, int? number = null) =>
        new(client, number, date, minutes, new ReadLocation(file, Paragraph: paragraph));

    [Fact]
    public void A_session_in_the_diary_and_the_hours_log_counts_once_and_the_warning_names_both_places()
    {
        var facts = PortfolioFacts.From([
            Document("diary.docx", Row("diary.docx", 2, "Client 1", Jan6, 90, number: 1)),
            Document("log.xlsx", Row("log.xlsx", 3, "client 1", Jan6, 90, reflection: true, sheet: "Log"))]);

        var session = Assert.Single(facts.Sessions);
        Assert.Equal("Client 1", session.ClientRef); // the first spelling met
        Assert.True(session.HasReflection);           // what either record says
        Assert.Equal(90, facts.TotalMinutes);
        var warning = Assert.Single(facts.Warnings);
        Assert.Equal(WarningCodes.DuplicateSession, warning.Code);
        Assert.Equal("the same session (client Client 1, 2025-01-06) is also recorded at diary.docx, table 1, row 2; counted once", warning.Message);
        Assert.Equal("log.xlsx", warning.Location.Document);
    }

    [Fact]
    public void Two_rows_of_one_table_with_the_same_client_date_and_length_are_two_sessions()
    {
        var facts = PortfolioFacts.From([Document("diary.docx", Row("diary.docx", 2, "C1", Jan6, 60), Row("diary.docx", 3, "C1", Jan6, 60))]);
        Assert.Equal(2, facts.Sessions.Count);
        Assert.Equal(120, facts.TotalMinutes);
        Assert.Empty(facts.Warnings);
    }

    [Fact]
    public void The_same_session_on_two_sheets_of_one_workbook_counts_once()
    {
        var facts = PortfolioFacts.From([Document("log.xlsx", Row("log.xlsx", 2, "C1", Jan6, 60, sheet: "Client 1"), Row("log.xlsx", 2, "C1", Jan6, 60, sheet: "All sessions"))]);
        Assert.Single(facts.Sessions);
    }

    [Fact]
    public void A_heading_and_a_table_row_of_one_session_in_one_file_count_once_keeping_the_number_either_gives()
    {
        var facts = PortfolioFacts.From([Document("diary.docx", Heading("diary.docx", 4, "C1", Jan6, 75, number: 3), Row("diary.docx", 2, "C1", Jan6, 75))]);
        var session = Assert.Single(facts.Sessions);
        Assert.Equal(3, session.Number);
        Assert.Equal("diary.docx, paragraph 4", session.Location.ToString());
    }

    [Fact]
    public void A_dated_heading_without_a_duration_is_the_timed_session_of_that_client_and_date_wherever_it_stands()
    {
        // The timed record comes first and the heading last; then the other way round: both are one session of 90 minutes.
        foreach (var sessions in new[]
        {
            new[] { Row("diary.docx", 2, "C1", Jan6, 90), Row("diary.docx", 3, "C2", Jan6.AddDays(1), 60), Heading("diary.docx", 9, "C1", Jan6, null, number: 1) },
            new[] { Heading("diary.docx", 1, "C1", Jan6, null, number: 1), Row("diary.docx", 2, "C1", Jan6, 90), Row("diary.docx", 3, "C2", Jan6.AddDays(1), 60) },
        })
        {
            var facts = PortfolioFacts.From([Document("diary.docx", sessions)]);
            Assert.Equal(2, facts.Sessions.Count);
            Assert.Equal(150, facts.TotalMinutes);
            Assert.Equal(1, facts.Sessions.Single(s => s.ClientRef == "C1").Number);
        }
    }

    [Fact]
    public void A_dated_record_without_a_duration_and_no_timed_twin_stays_a_session_of_no_minutes()
    {
        var facts = PortfolioFacts.From([Document("diary.docx", Row("diary.docx", 2, "C1", Jan6, 90), Heading("diary.docx", 9, "C2", Jan6, null), Heading("diary.docx", 10, "C1", Jan6.AddDays(7), null))]);
        Assert.Equal(3, facts.Sessions.Count);
        Assert.Equal(90, facts.TotalMinutes);
    }

    [Fact]
    public void An_undated_record_without_a_duration_is_not_merged_into_anything()
    {
        var facts = PortfolioFacts.From([Document("diary.docx", Row("diary.docx", 2, "C1", Jan6, 90), Heading("diary.docx", 9, "C1", null, null))]);
        Assert.Equal(2, facts.Sessions.Count);
    }

    [Fact]
    public void A_log_repeating_several_diary_sessions_is_one_warning_with_their_date_span()
    {
        var diary = Document("diary.docx", Row("diary.docx", 2, "C1", Jan6, 60), Row("diary.docx", 3, "C1", Jan6.AddDays(7), 60), Row("diary.docx", 4, "C2", Jan6.AddDays(14), 60));
        var log = Document("log.xlsx", Row("log.xlsx", 2, "C1", Jan6, 60, sheet: "Log"), Row("log.xlsx", 3, "C1", Jan6.AddDays(7), 60, sheet: "Log"), Row("log.xlsx", 4, "C2", Jan6.AddDays(14), 60, sheet: "Log"));
        var facts = PortfolioFacts.From([diary, log]);
        Assert.Equal(3, facts.Sessions.Count);
        var warning = Assert.Single(facts.Warnings);
        Assert.Equal("log.xlsx repeats 3 sessions (2025-01-06 to 2025-01-20) already read from diary.docx; each counted once", warning.Message);
        Assert.Equal(new ReadLocation("log.xlsx"), warning.Location);
    }

    [Fact]
    public void Sessions_written_twice_in_one_file_on_one_day_are_one_warning_for_that_day()
    {
        var facts = PortfolioFacts.From([Document("diary.docx",
            Heading("diary.docx", 1, "C1", Jan6, 60), Heading("diary.docx", 2, "C2", Jan6, 45),
            Row("diary.docx", 2, "C1", Jan6, 60), Row("diary.docx", 3, "C2", Jan6, 45))]);
        Assert.Equal(2, facts.Sessions.Count);
        Assert.Equal("2 sessions (all 2025-01-06) are each written twice in this file (a heading and a table row, say); each counted once", Assert.Single(facts.Warnings).Message);
    }
}
