using System.Net;
using System.Text.Json;
using CoachingDocs.Api.Tests.Support;

namespace CoachingDocs.Api.Tests;

public sealed class CatalogueApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_every_qualification_with_its_summary()
    {
        using var doc = await GetJson("/api/qualifications");
        var award = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("fx-award", award.GetProperty("id").GetString());
        Assert.Equal("Fixture Award in Coaching", award.GetProperty("title").GetString());
        Assert.Equal(4, award.GetProperty("credits").GetInt32());
    }

    [Fact]
    public async Task One_qualification_names_its_units()
    {
        using var doc = await GetJson("/api/qualifications/FX-AWARD");
        Assert.Equal("fx-award", doc.RootElement.GetProperty("qualification").GetProperty("id").GetString());
        var unit = Assert.Single(doc.RootElement.GetProperty("units").EnumerateArray());
        Assert.Equal("FX-1", unit.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Lists_units_with_their_document_kinds()
    {
        using var doc = await GetJson("/api/units");
        var ids = doc.RootElement.EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        Assert.Equal(["FX-1", "FX-2"], ids);
        var kinds = doc.RootElement[0].GetProperty("documentKinds").EnumerateArray().Select(k => k.GetString());
        Assert.Equal(["coaching-diary", "reflective-log", "hours-log"], kinds);
    }

    [Fact]
    public async Task One_unit_shows_outcomes_criteria_and_rules_once()
    {
        using var doc = await GetJson("/api/units/fx-1");
        var unit = doc.RootElement;
        Assert.Equal("X/000/0001", unit.GetProperty("uan").GetString());
        var criteria = unit.GetProperty("learningOutcomes")[0].GetProperty("criteria");
        Assert.Equal("Plan coaching", criteria[0].GetProperty("text").GetString());
        Assert.Equal("A plan", criteria[0].GetProperty("pass").GetString());
        Assert.Equal(6, unit.GetProperty("rules")[0].GetProperty("value").GetDecimal());
        // The derived flat list of ACs repeats the outcomes, so it is left out of the JSON.
        Assert.False(unit.TryGetProperty("criteria", out _));
    }

    [Theory]
    [InlineData("/api/units/NOPE")]
    [InlineData("/api/qualifications/nope")]
    public async Task Unknown_ids_are_404_problems(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, doc.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("lists them", doc.RootElement.GetProperty("detail").GetString());
    }

    private async Task<JsonDocument> GetJson(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
