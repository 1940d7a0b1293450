using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>Reflective logs read by their labels: our entry tables once LibreOffice dropped the controls, and the ILM's side-by-side columns.</summary>
public class ReflectiveLogLabelTests
{
    private static DocumentReading Read(string body) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), "log.docx"), ["8585-302"]);

    private static string Entry(string client, string number, string date, string questioning) =>
        P("Reflective log entry", "Heading2")
        + Table(
            Row("Client Ref/ID", client, "Session No.", number),
            Row("Session date", date, "Duration", ""),
            Row("How well did you use questioning in the session? Please give examples", questioning),
            Row("What key learning from this session will support your continuous professional development?", ""));

    [Fact]
    public void An_entry_table_of_labels_and_values_is_one_entry_with_its_client_date_and_session()
    {
        var reading = Read(P("Reflective Log", "Title")
            + Entry("Client 1", "1", "04/03/2025", "Mostly open questions")
            + Entry("Client 2", "2", "16/03/2025", "Scaling questions"));

        Assert.Equal([("Client 1", new DateOnly(2025, 3, 4), 1), ("Client 2", new DateOnly(2025, 3, 16), 2)],
            reading.Reflections.Select(r => (r.ClientRef!, r.Date!.Value, r.SessionNumber!.Value)));
        Assert.Equal(["Mostly open questions", "Scaling questions"],
            reading.Evidence.Where(e => e.Section == "reflective-log#whatHappened").Select(e => e.Text));
    }

    [Fact]
    public void An_entry_left_blank_but_for_its_printed_session_number_is_no_entry()
    {
        var reading = Read(P("Reflective Log", "Title") + Entry("", "5", "", ""));

        Assert.Empty(reading.Reflections);
    }

    [Fact]
    public void The_ilm_side_by_side_columns_are_still_two_entries()
    {
        var reading = Read(P("Reflective Log – Units 301/302", "Heading1")
            + Table(Row("Client Ref/ID", "Client 1", "Name of Coach", "A. Coach"))
            + Table(
                Row("", "Session date 04/03/2025", "Session date 18/03/2025"),
                Row("How well did you use questioning in the session? Please give examples", "Open questions", "Fewer closed questions")));

        Assert.Equal([new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 18)], reading.Reflections.Select(r => r.Date!.Value));
        Assert.All(reading.Reflections, r => Assert.Equal("Client 1", r.ClientRef));
    }
}
