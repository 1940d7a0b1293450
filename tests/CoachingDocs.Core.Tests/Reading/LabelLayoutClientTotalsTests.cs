using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// One diary header per client, each with its own "Total hours": the document's stated total is their sum, said in a
/// warning at the first total. Totals not all tied to different clients stay as stated (the first is the document's).
/// Inputs: hand-written WordprocessingML (Fixtures.Docx/P/Table/Row).
/// </summary>
public class LabelLayoutClientTotalsTests
{
    private static DocumentReading Read(string body) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), "diary.docx"), ["8585-302"]);

    private static string Header(string? client, string total) =>
        client is null ? Table(Row("Total hours", total)) : Table(Row("Client Ref/ID", client), Row("Total hours", total));

    [Fact]
    public void Totals_of_different_clients_are_added()
    {
        var reading = Read(Header("Client 1", "10") + P("Sessions") + Header("Client 2", "12.5"));

        Assert.Equal(1350, reading.StatedTotalMinutes);
        Assert.Equal((1, 2), (reading.StatedTotalLocation!.Table, reading.StatedTotalLocation.Row));
        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.StatedTotalsAdded);
        Assert.Equal("2 stated totals, one per client, added: 22.5 hours", warning.Message);
        Assert.Equal((1, 2), (warning.Location.Table, warning.Location.Row));
    }

    [Fact]
    public void A_total_after_the_clients_sessions_is_still_that_clients()
    {
        // The repeated session number starts a new record without the client; the total is the client's last named.
        static string Diary(string client, string total) => Table(
            Row("Client Ref/ID", client), Row("Session No.", "1"), Row("Session No.", "2"), Row("Total hours", total));

        var reading = Read(Diary("Client 1", "10") + P("Next client") + Diary("Client 2", "5"));

        Assert.Equal(900, reading.StatedTotalMinutes);
        Assert.Contains(reading.Warnings, w => w.Code == WarningCodes.StatedTotalsAdded);
    }

    [Fact]
    public void A_total_under_a_session_heading_is_the_client_the_heading_names()
    {
        // A form's client label above free-format sessions: each heading's own client is the one its total belongs to.
        var reading = Read(P("Client Ref/ID: Client 0")
            + P("Session 1 – Client A – 04/03/25", "Heading3") + P("Total hours: 10")
            + P("Session 2 – Client B – 05/03/25", "Heading3") + P("Total hours: 5"));

        Assert.Equal(900, reading.StatedTotalMinutes);
        Assert.Equal("2 stated totals, one per client, added: 15 hours",
            Assert.Single(reading.Warnings, w => w.Code == WarningCodes.StatedTotalsAdded).Message);
    }

    [Theory]
    [InlineData("Client 1", "Client 1")] // the same client twice: a repeated figure, not two clients' totals
    [InlineData(null, "Client 2")] // a total tied to no client
    public void Totals_not_tied_to_different_clients_are_not_added(string? firstClient, string secondClient)
    {
        var reading = Read(Header(firstClient, "10") + P("Sessions") + Header(secondClient, "12.5"));

        Assert.Equal(600, reading.StatedTotalMinutes);
        Assert.Equal(1, reading.StatedTotalLocation!.Table);
        Assert.DoesNotContain(reading.Warnings, w => w.Code == WarningCodes.StatedTotalsAdded);
    }
}
