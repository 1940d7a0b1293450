using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoachingDocs.Api.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Api.Tests;

/// <summary>POST /api/check as it ships: the repository's catalogue, real files made by other programs.</summary>
public sealed class CheckApiTests(RealApiFactory factory) : IClassFixture<RealApiFactory>
{
    private static readonly string Assets = Path.Combine(TestPaths.RepositoryRoot, "tests", "CoachingDocs.Core.Tests", "Assets");
    private const string IlmDiary = "RD020-LibreOfficeIlmLayout.docx";
    private const string HoursLog = "RD041-LibreOfficeHoursLog.xlsx";

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }
        return content;
    }

    private static (string, byte[]) Asset(string name) => (name, File.ReadAllBytes(Path.Combine(Assets, name)));

    [Fact]
    public async Task One_file_gives_the_json_report()
    {
        var response = await factory.CreateClient().PostAsync("/api/check?unit=8585-302", Files(Asset(IlmDiary)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var report = JsonDocument.Parse(text);
        Assert.Equal("1.0", report.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(750, report.RootElement.GetProperty("hours").GetProperty("totalMinutes").GetInt32());
        Assert.Contains("STATED_TOTAL_MISMATCH", report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Several_files_are_one_portfolio()
    {
        var response = await factory.CreateClient().PostAsync("/api/check?unit=8585-302", Files(Asset(IlmDiary), Asset(HoursLog)));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(750 + 345, report.RootElement.GetProperty("hours").GetProperty("totalMinutes").GetInt32());
        Assert.Equal([IlmDiary, HoursLog], report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("fileName").GetString()));
    }

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "check-8585-302-result-sheet.docx")]
    [InlineData("matrix", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "check-8585-302-evidence-matrix.docx")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "check-8585-302-summary.xlsx")]
    public async Task Word_and_Excel_views_validate(string format, string contentType, string fileName)
    {
        var response = await factory.CreateClient().PostAsync($"/api/check?unit=8585-302&format={format}", Files(Asset(IlmDiary)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using OpenXmlPackage package = format == "xlsx"
            ? SpreadsheetDocument.Open(new MemoryStream(bytes), false)
            : WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(package));
    }

    [Theory]
    [InlineData("diary.docx", "%PDF-1.7 not really a diary", "REJECT_PDF")]
    [InlineData("diary.docx", "plain text", "REJECT_NOT_ZIP")]
    [InlineData("diary.docx", "", "REJECT_EMPTY")]
    public async Task A_file_that_cannot_be_read_is_a_problem_with_its_code(string name, string content, string code)
    {
        var response = await factory.CreateClient().PostAsync("/api/check?unit=8585-302", Files((name, Encoding.ASCII.GetBytes(content))));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(name, problem.GetProperty("file").GetString());
        Assert.StartsWith(name + ": ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_upload_limit_comes_from_configuration_and_answers_413()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Uploads:MaxUploadBytes", "4096"));
        var response = await small.CreateClient().PostAsync("/api/check?unit=8585-302", Files(Asset(IlmDiary)));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("REJECT_TOO_LARGE", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Bad_requests_are_named()
    {
        var client = factory.CreateClient();
        var format = await ProblemAssert.IsProblem(await client.PostAsync("/api/check?format=pdf", Files(Asset(IlmDiary))), HttpStatusCode.BadRequest);
        Assert.Equal("REJECT_FORMAT", format.GetProperty("code").GetString());
        var unit = await ProblemAssert.IsProblem(await client.PostAsync("/api/check?unit=9999-999", Files(Asset(IlmDiary))), HttpStatusCode.BadRequest);
        Assert.Equal("REJECT_UNIT_UNKNOWN", unit.GetProperty("code").GetString());
        var none = await ProblemAssert.IsProblem(await client.PostAsync("/api/check?unit=8585-302", new MultipartFormDataContent { { new StringContent("x"), "note" } }), HttpStatusCode.BadRequest);
        Assert.Equal("REJECT_NO_FILES", none.GetProperty("code").GetString());
        // Not multipart: refused by the route's Accepts metadata before the handler runs.
        await ProblemAssert.IsProblem(await client.PostAsync("/api/check", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_route_is_described_for_openapi()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/check", out var path), "no /api/check in the OpenAPI document");
        Assert.Equal("CheckPortfolio", path.GetProperty("post").GetProperty("operationId").GetString());
    }
}
