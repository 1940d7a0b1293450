using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Api.Tests;

/// <summary><c>Templates:Folder</c> points the service at a centre's own (restyled) templates.</summary>
public sealed class CentreTemplatesTests
{
    [Fact]
    public async Task A_centres_template_is_used_for_its_kind_and_the_product_templates_for_the_rest()
    {
        using var folder = new TestPaths.TempFolder();
        var template = Path.Combine(folder.Path, "coaching-diary.docx");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "templates", "coaching-diary.docx"), template);
        ReplaceText(template, ">Coaching Diary<", ">Northfield Centre Coaching Diary<");

        using var factory = new CentreFactory(folder.Path);
        var client = factory.CreateClient();
        var body = new { unit = "8585-302", name = "Jo Learner", registrationNumber = "R1", centreName = "Northfield", centreNumber = "1" };

        var diary = await client.PostAsJsonAsync("/api/documents/coaching-diary", body);
        Assert.Equal(HttpStatusCode.OK, diary.StatusCode);
        Assert.Contains("Northfield Centre Coaching Diary", DocumentXml(await diary.Content.ReadAsByteArrayAsync()));

        var log = await client.PostAsJsonAsync("/api/documents/reflective-log", body);
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.DoesNotContain("Northfield Centre", DocumentXml(await log.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_templates_folder_that_does_not_exist_stops_start_up()
    {
        var result = await ProcessRunner.RunAsync("dotnet", [typeof(Program).Assembly.Location, "--Templates:Folder", "/no/such/templates"]);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Templates:Folder", result.StdErr);
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static void ReplaceText(string docx, string from, string to)
    {
        using var zip = ZipFile.Open(docx, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        Assert.Contains(from, xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml.Replace(from, to, StringComparison.Ordinal));
    }

    private sealed class CentreFactory(string templates) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Templates:Folder", templates);
    }
}
