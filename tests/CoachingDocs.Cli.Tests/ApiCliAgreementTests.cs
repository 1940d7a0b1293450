using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachingDocs.Api.Hosting;
using CoachingDocs.Cli.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Cli.Tests;

/// <summary>The service and the command line, both as they ship, give the same answers for the same input.</summary>
public sealed class ApiCliAgreementTests : IDisposable
{
    private readonly CliRunner _cli = new(shipped: true);
    private readonly WebApplicationFactory<ListenAddresses> _service = new();

    [Theory]
    [InlineData("8585-302")]
    [InlineData("D3.04")]
    [InlineData("L5-501")]
    public async Task A_unit_as_json_is_the_same(string id)
    {
        var fromCli = JsonNode.Parse(_cli.Run("catalogue", id, "--format", "json").Out);
        var fromApi = JsonNode.Parse(await _service.CreateClient().GetStringAsync($"/api/units/{id}"));
        Assert.True(JsonNode.DeepEquals(fromApi, fromCli), $"api: {fromApi}\ncli: {fromCli}");
    }

    [Theory]
    [InlineData("coaching-diary", "8585-302")]
    [InlineData("result-sheet", "L5-501")]
    [InlineData("hours-log", "8580-502")]
    public async Task A_document_is_the_same_byte_for_byte(string kind, string unit)
    {
        var body = new JsonObject
        {
            ["unit"] = unit, ["name"] = "Jo Learner", ["registrationNumber"] = "R123",
            ["centreName"] = "North Centre", ["centreNumber"] = "12345", ["assessorName"] = "Sam Assessor",
            ["clientRefs"] = new JsonArray("Client A", "Client B"), ["plannedSessions"] = 12,
            ["startDate"] = "2025-09-01", ["endDate"] = "2026-03-31",
        };
        var response = await _service.CreateClient().PostAsync($"/api/documents/{kind}",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fromApi = await response.Content.ReadAsByteArrayAsync();

        var result = _cli.Run("generate", "document", kind, "--unit", unit,
            "--name", "Jo Learner", "--registration-number", "R123", "--centre-name", "North Centre", "--centre-number", "12345",
            "--assessor", "Sam Assessor", "--client", "Client A", "--client", "Client B", "--planned-sessions", "12",
            "--start-date", "2025-09-01", "--end-date", "2026-03-31", "--out", "out/");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var written = Assert.Single(_cli.FilesWritten());

        Assert.Equal(response.Content.Headers.ContentDisposition?.FileNameStar, Path.GetFileName(written));
        Assert.Equal(fromApi, File.ReadAllBytes(Path.Combine(_cli.WorkingFolder, written)));
    }

    [Fact]
    public async Task A_unit_pack_is_the_same_byte_for_byte()
    {
        var body = new JsonObject { ["name"] = "Jo Learner", ["registrationNumber"] = "R123", ["centreName"] = "North Centre", ["centreNumber"] = "12345" };
        var fromApi = await (await _service.CreateClient().PostAsync("/api/packs/units/8585-301",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))).Content.ReadAsByteArrayAsync();

        var result = _cli.Run("generate", "unit-pack", "8585-301", "--name", "Jo Learner", "--registration-number", "R123",
            "--centre-name", "North Centre", "--centre-number", "12345", "--out", "pack.zip");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal(fromApi, File.ReadAllBytes(Path.Combine(_cli.WorkingFolder, "pack.zip")));
    }

    public void Dispose()
    {
        _cli.Dispose();
        _service.Dispose();
    }
}
