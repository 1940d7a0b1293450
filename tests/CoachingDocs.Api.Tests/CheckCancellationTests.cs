using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoachingDocs.Api.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingDocs.Api.Tests;

/// <summary>Issue 9: a check in progress stops when the server stops, and the server stops within a few seconds.</summary>
public sealed class CheckCancellationTests
{
    /// <summary>A free-text diary long enough that checking it takes seconds.</summary>
    private static byte[] BigDiary(int sessions)
    {
        var body = new StringBuilder();
        for (var i = 0; i < sessions; i++)
            body.Append($"<w:p><w:r><w:t>Session {i + 1} — {new DateOnly(2025, 1, 1).AddDays(i % 300):dd/MM/yyyy} — 75 minutes</w:t></w:r></w:p>")
                .Append($"<w:p><w:r><w:t>Client C{i % 5}: delegation and the week's priorities.</w:t></w:r></w:p>");
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            using var part = document.AddMainDocumentPart().GetStream(FileMode.Create);
            part.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"));
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task Stopping_the_server_during_a_check_answers_503_and_stops_within_seconds()
    {
        var factory = new RealApiFactory();
        var client = factory.CreateClient();
        (await client.GetAsync("/api/units")).EnsureSuccessStatusCode(); // routing built, so the check below is what runs when the stop comes
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(BigDiary(80_000));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "files", "diary.docx");

        var sending = client.PostAsync("/api/check?unit=L5-502", content);
        await Task.Delay(TimeSpan.FromMilliseconds(700)); // the check is under way: reading 80,000 sessions takes seconds
        var clock = Stopwatch.StartNew();
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        var answeredAfter = clock.Elapsed;
        await factory.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var stoppedAfter = clock.Elapsed;

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("REJECT_STOPPING", problem.RootElement.GetProperty("code").GetString());
        Assert.True(answeredAfter < TimeSpan.FromSeconds(3), $"answered {answeredAfter.TotalSeconds:0.0} s after the stop");
        Assert.True(stoppedAfter < TimeSpan.FromSeconds(5), $"the server took {stoppedAfter.TotalSeconds:0.0} s to stop");
    }
}
