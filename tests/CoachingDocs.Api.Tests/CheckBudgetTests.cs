using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Api.Tests;

/// <summary>Issue 9: a check past its time budget answers a clear error instead of holding the client.</summary>
public sealed class CheckBudgetTests
{
    [Fact]
    public async Task A_check_past_its_budget_answers_503_with_its_code()
    {
        using var factory = new RealApiFactory().WithWebHostBuilder(b => b.UseSetting("Check:TimeBudgetSeconds", "0.000001"));
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "tests", "CoachingDocs.Core.Tests", "Assets", "RD020-LibreOfficeIlmLayout.docx"));
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "files", "diary.docx");

        var response = await factory.CreateClient().PostAsync("/api/check?unit=8585-302", content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(CheckBudget.Code, problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("budget", problem.RootElement.GetProperty("detail").GetString());
    }
}
