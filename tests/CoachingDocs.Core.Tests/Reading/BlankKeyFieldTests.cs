using CoachingDocs.Core.Checking;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A blank met before a session's form (the "Date" of a signature row left empty) belongs to no record: the session
/// form that follows keeps its own client and number (Appendix 5: "Client Ref/ID | Client 1 | Session No. | 1", then
/// "Date of Session | ... | Duration | ...").
/// </summary>
public class BlankKeyFieldTests
{
    private static string Session(string client, string number, string date, string duration) =>
        Table(Row("Client Ref/ID", client, "Session No.", number), Row("Date of Session", date, "Duration", duration));

    [Fact]
    public void A_blank_date_above_does_not_split_the_next_session_from_its_client()
    {
        var body = string.Concat(
            P("Coaching Diary", "Heading1"),
            Table(Row("Signature of Coach", "Jo Bloggs", "Date", "")),
            Session("Client 1", "1", "04/03/2025", "60 minutes"),
            Session("Client 2", "1", "08/03/2025", "45 minutes"));
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", Docx(body))], "8585-302");

        Assert.Equal([("Client 1", "2025-03-04", 60), ("Client 2", "2025-03-08", 45)],
            report.Sessions.Select(s => (s.Client!, s.Date!.Value.ToString("yyyy-MM-dd"), s.Minutes!.Value)));
    }
}
