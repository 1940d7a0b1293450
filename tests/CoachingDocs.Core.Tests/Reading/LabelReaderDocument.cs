using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The one builder of the LabelReader* tests: a hand-written WordprocessingML body (Fixtures.P / Table / Row), zipped
/// by the SDK with no tags, read through the public entry point as an upload would be.
/// </summary>
internal static class LabelReaderDocument
{
    public static DocumentReading Read(string body, string fileName = "doc.docx") =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), fileName), []);

    /// <summary>The usual session grid: a header row and one session (Client A, 4 March 2025, one hour).</summary>
    public static string SessionGrid() =>
        Table(Row("Client", "Date", "Duration"), Row("Client A", "04/03/2025", "1 hour"));

    /// <summary><paramref name="text"/> whose length the test relies on, checked so an edit cannot silently change it.</summary>
    public static string OfLength(string text, int length) =>
        text.Length == length ? text : throw new ArgumentException($"\"{text}\" is {text.Length} characters, not {length}", nameof(text));
}
