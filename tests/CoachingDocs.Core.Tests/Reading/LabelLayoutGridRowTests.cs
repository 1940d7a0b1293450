using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A log table with a header row, read one row a session: cancelled rows and total rows are not sessions, a Total row
/// states the total, and the client of rows in a table with no client column comes from the form's own client label.
/// Inputs: hand-written WordprocessingML (Fixtures.Docx/P/Table/Row).
/// </summary>
public class LabelLayoutGridRowTests
{
    private static DocumentReading Read(string body) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), "log.docx"), ["8585-302"]);

    private static readonly string Header = Row("Session", "Date", "Client", "Duration");
    private static readonly string First = Row("1", "04/03/2025", "Client A", "1h");
    private static readonly string Second = Row("2", "11/03/2025", "Client B", "1h30");

    [Fact]
    public void A_cancelled_row_is_a_warning_at_its_row_and_no_session()
    {
        var reading = Read(Table(Header, First, Row("3", "18/03/2025", "Client A", "Cancelled by client"), Second));

        Assert.Equal([("Client A", 60), ("Client B", 90)], reading.Sessions.Select(s => (s.ClientRef!, s.Minutes!.Value)));
        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.RowNotASession);
        Assert.Equal("row says \"Cancelled by client\": not counted as a session", warning.Message);
        Assert.Equal((1, 3), (warning.Location.Table, warning.Location.Row));
    }

    // Only a "Total" or "Grand total" row states the document's total; a "Target" row is the rule, not the learner's figure.
    // An empty or blank-line total cell is nothing to read.
    [Theory]
    [InlineData("Total", "2.5", 150)]
    [InlineData("Grand total", "2.5", 150)]
    [InlineData("Target", "20", null)]
    [InlineData("Total", "", null)]
    [InlineData("Total", "_____", null)]
    public void A_row_under_the_sessions_states_the_total_only_when_it_is_a_total(string label, string figure, int? statedMinutes)
    {
        var reading = Read(Table(Header, First, Second, Row(label, "", "", figure)));

        Assert.Equal(2, reading.Sessions.Count);
        Assert.Equal(statedMinutes, reading.StatedTotalMinutes);
        Assert.DoesNotContain(reading.Warnings, w => w.Code == WarningCodes.UnreadableCell);
    }

    [Fact]
    public void A_total_row_whose_first_cell_is_empty_is_still_a_total_row()
    {
        var reading = Read(Table(Header, First, Second, Row("", "Total", "", "2.5")));

        Assert.Equal(2, reading.Sessions.Count);
        Assert.Equal(150, reading.StatedTotalMinutes);
        Assert.Equal(4, reading.StatedTotalLocation!.Row);
    }

    private static readonly string NoClientColumn = Table(Row("Date", "Duration"), Row("04/03/2025", "1 hour"), Row("11/03/2025", "1.5 hours"));

    [Fact]
    public void Rows_of_a_table_without_a_client_column_are_the_client_the_form_names()
    {
        var reading = Read(Table(Row("Client Ref/ID", "Client 1"), Row("Goal", "Build rapport")) + NoClientColumn);

        var rows = reading.Sessions.Where(s => s.Minutes is 60 or 90).ToList();
        Assert.Equal([("Client 1", 60), ("Client 1", 90)], rows.Select(s => (s.ClientRef!, s.Minutes!.Value)));
    }

    [Fact]
    public void A_blank_client_label_names_no_client_for_the_rows()
    {
        var reading = Read(Table(Row("Client Ref/ID", "")) + NoClientColumn);

        Assert.Equal([(null, 60), (null, 90)], reading.Sessions.Select(s => (s.ClientRef, s.Minutes!.Value)));
    }

    [Fact]
    public void A_client_column_of_an_earlier_log_table_names_no_client_for_a_later_table_without_one()
    {
        var reading = Read(Table(Header, First) + P("Later sessions") + NoClientColumn);

        Assert.Equal([("Client A", 60), (null, 60), (null, 90)], reading.Sessions.Select(s => (s.ClientRef, s.Minutes!.Value)));
    }

    [Fact]
    public void A_blank_client_cell_in_a_table_with_a_client_column_is_not_filled_from_the_form()
    {
        var reading = Read(Table(Row("Client Ref/ID", "Client 1"))
            + Table(Row("Date", "Client", "Duration"), Row("04/03/2025", "", "1 hour")));

        Assert.Equal((null, 60), reading.Sessions.Select(s => (s.ClientRef, s.Minutes!.Value)).Single(s => s.Item2 == 60));
    }

    [Fact]
    public void The_same_client_labelled_again_starts_the_next_session_of_that_client()
    {
        var reading = Read(Table(
            Row("Client Ref/ID", "Client 1"), Row("Session date", "04/03/2025"), Row("Duration", "1 hour"),
            Row("Client Ref/ID", "Client 1"), Row("Session date", "11/03/2025"), Row("Duration", "2 hours")));

        Assert.Equal([("Client 1", 60), ("Client 1", 120)], reading.Sessions.Select(s => (s.ClientRef!, s.Minutes!.Value)));
    }

    // One record column beside notes or a reflection is a form's label row, not a log header: its rows are no sessions.
    [Theory]
    [InlineData("Client", "Notes", "Client 1", "Met twice")]
    [InlineData("Duration", "Reflection", "1 hour", "It went well")]
    public void A_single_record_column_beside_text_columns_heads_no_sessions(string key, string text, string keyValue, string textValue)
    {
        var reading = Read(Table(Row(key, text), Row(keyValue, textValue)));

        Assert.Empty(reading.Sessions);
    }
}
