using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachingDocs.Api.Hosting;
using CoachingDocs.Cli.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Cli.Tests;

/// <summary>The service and the command line give the same answers for the same input.</summary>
public sealed class ApiCliAgreementTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly ServiceFactory _service;

    public ApiCliAgreementTests() => _service = new ServiceFactory(_cli.Generator);

    [Theory]
    [InlineData("FX-1", "/api/units/FX-1")]
    [InlineData("FX-2", "/api/units/FX-2")]
    public async Task A_unit_as_json_is_the_same(string id, string path)
    {
        var fromCli = JsonNode.Parse(_cli.Run("catalogue", id, "--format", "json").Out);
        var fromApi = JsonNode.Parse(await _service.CreateClient().GetStringAsync(path));
        Assert.True(JsonNode.DeepEquals(fromApi, fromCli), $"api: {fromApi}\ncli: {fromCli}");
    }

    [Fact]
    public async Task A_document_is_the_same()
    {
        var body = new JsonObject
        {
            ["unit"] = "FX-1", ["qualification"] = "fx-award", ["name"] = "Jo Learner", ["registrationNumber"] = "R123",
            ["centreName"] = "North Centre", ["centreNumber"] = "12345", ["assessorName"] = "Sam Assessor",
            ["clientRefs"] = new JsonArray("Client A", "Client B"), ["plannedSessions"] = 12,
            ["startDate"] = "2025-09-01", ["endDate"] = "2026-03-31",
        };
        var response = await _service.CreateClient().PostAsync("/api/documents/coaching-diary",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fromApi = await response.Content.ReadAsByteArrayAsync();

        var result = _cli.Run("generate", "document", "coaching-diary", "--unit", "FX-1", "--qualification", "fx-award",
            "--name", "Jo Learner", "--registration-number", "R123", "--centre-name", "North Centre", "--centre-number", "12345",
            "--assessor", "Sam Assessor", "--client", "Client A", "--client", "Client B", "--planned-sessions", "12",
            "--start-date", "2025-09-01", "--end-date", "2026-03-31", "--out", "cli.docx");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var fromCli = File.ReadAllBytes(Path.Combine(_cli.WorkingFolder, "cli.docx"));

        Assert.Equal(fromApi, fromCli);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _service.Dispose();
    }

    /// <summary>The service over the same fixture catalogue, with the same recording generator as the command line.</summary>
    private sealed class ServiceFactory(IDocumentGenerator generator) : WebApplicationFactory<ListenAddresses>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(ContentFolders.CatalogueFolderSetting, CliRunner.FixtureCatalogue);
            builder.ConfigureTestServices(services => services.AddSingleton(generator));
        }
    }
}
