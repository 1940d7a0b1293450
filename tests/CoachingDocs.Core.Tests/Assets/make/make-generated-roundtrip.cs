#:project ../../../../functions/CoachingDocs.Core/CoachingDocs.Core.csproj
#:property PublishAot=false
// RD051: a coaching diary made by our generator for 8585-302, filled as a learner would (6 sessions), then saved by
// LibreOffice as .docx, which drops or changes the content controls: the reader must fall back to the form labels.
// Run: dotnet run make-generated-roundtrip.cs   (needs soffice; private profile)
using System.Diagnostics;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

var here = Path.GetDirectoryName(Path.GetFullPath("make-generated-roundtrip.cs"))!;
var catalogue = CatalogueLoader.Load(Path.Combine(here, "../../../../templates/catalogue"));
var learner = new LearnerDetails { Name = "Test Learner", RegistrationNumber = "REG12345", CentreName = "Test Centre", CentreNumber = "123456", ClientRefs = ["C1", "C2"], PlannedSessions = 6 };
string[][] sessions =
[
    ["C1", "1", "12/03/2025", "1.5 hrs", "Helpful"], ["C2", "1", "14/03/2025", "2 hours", "Good questions"],
    ["C1", "2", "01/04/2025", "1h 30m", "Listened to"], ["C2", "2", "03/04/2025", "1:45", ""],
    ["C1", "3", "22/04/2025", "90 mins", "Ready"], ["C2", "3", "24/04/2025", "1 hour 15 minutes", "Confident"],
];
using var stream = new MemoryStream();
new DocumentGenerator(catalogue).Generate(new DocumentRequest(DocumentKinds.CoachingDiary, "8585-302", null, learner), stream);
using (var document = WordprocessingDocument.Open(stream, true))
{
    var body = document.MainDocumentPart!.Document.Body!;
    var items = body.Descendants<SdtElement>().Where(s => Tag(s) == "cd1:i:session").ToList();
    string[] fields = ["clientRef", "sessionNumber", "sessionDate", "duration", "clientFeedback"];
    for (var i = 0; i < sessions.Length; i++)
        for (var f = 0; f < fields.Length; f++)
            if (sessions[i][f].Length > 0) Set(items[i], fields[f], sessions[i][f]);
    Set(items[0], "goal", "Agree priorities for the quarter");
    Set(body, "totalHours", "10");
    document.MainDocumentPart.Document.Save();
}
var work = Directory.CreateTempSubdirectory("rd051").FullName;
var source = Path.Combine(work, "RD051-GeneratedLibreOfficeRoundTrip.docx");
File.WriteAllBytes(source, stream.ToArray());
var outDir = Path.Combine(work, "out");
var soffice = Process.Start(new ProcessStartInfo("soffice", ["-env:UserInstallation=file:///tmp/lo-reader-" + Random.Shared.Next(), "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, source]))!;
soffice.WaitForExit();
File.Copy(Path.Combine(outDir, "RD051-GeneratedLibreOfficeRoundTrip.docx"), Path.Combine(here, "..", "RD051-GeneratedLibreOfficeRoundTrip.docx"), overwrite: true);
Console.WriteLine("wrote RD051-GeneratedLibreOfficeRoundTrip.docx");

static string? Tag(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

static void Set(OpenXmlElement scope, string field, string value)
{
    var control = scope.Descendants<SdtElement>().First(s => Tag(s) == "cd1:f:" + field);
    var paragraph = control.Descendants<Paragraph>().First();
    paragraph.RemoveAllChildren<Run>();
    paragraph.Append(new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
}
