using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CoachingDocs.Api.Tests.Support;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Api.Tests;

/// <summary>Every kind of bad input of the foundation issue: a problem naming the field, and nothing generated.</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static JsonObject GoodBody() => new()
    {
        ["unit"] = "FX-1",
        ["name"] = "Jo Learner",
        ["registrationNumber"] = "REG-1",
        ["centreName"] = "North Centre",
        ["centreNumber"] = "12345",
        ["clientRefs"] = new JsonArray("Client A", "Client B"),
        ["plannedSessions"] = 6,
        ["startDate"] = "2025-09-01",
    };

    public static TheoryData<string, string?, string> BadNames => new()
    {
        { "name", null, "required" },
        { "name", "", "required" },
        { "name", new string('x', 2 * 1024 * 1024), "characters long" },
        { "name", "Jo\u0000Learner", "control characters" },
        { "name", "Jo\tLearner", "control characters" },
        { "name", "Jo\nLearner", "control characters" },
        { "name", "=HYPERLINK(\"http://x\")", "formula" },
        { "name", "+44 1234", "formula" },
        { "name", "-1+1", "formula" },
        { "name", "@SUM(A1)", "formula" },
        { "name", "../../etc/passwd", "file names" },
        { "name", "..\\evil", "file names" },
        { "registrationNumber", null, "required" },
        { "centreName", "=1+1", "formula" },
        { "centreNumber", "a/b", "file names" },
        { "assessorName", "@me", "formula" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task Bad_learner_text_is_a_400_naming_the_field(string field, string? value, string messagePart)
    {
        var body = GoodBody();
        body[field] = value;
        var callsBefore = factory.Generator.Calls.Count;
        var problem = await ProblemAssert.IsProblem(await Post("/api/documents/coaching-diary", body), HttpStatusCode.BadRequest, field);
        Assert.Contains(messagePart, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(callsBefore, factory.Generator.Calls.Count);
    }

    [Fact]
    public async Task A_bad_client_reference_is_named_with_its_position()
    {
        var body = GoodBody();
        body["clientRefs"] = new JsonArray("Client A", "=cmd|' /C calc'!A0");
        await ProblemAssert.IsProblem(await Post("/api/documents/coaching-diary", body), HttpStatusCode.BadRequest, "clientRefs[1]");
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var body = GoodBody();
        body["name"] = "=1";
        body["centreNumber"] = null;
        body["plannedSessions"] = 0;
        var problem = await ProblemAssert.IsProblem(await Post("/api/documents/coaching-diary", body), HttpStatusCode.BadRequest, "name");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("centreNumber", out _));
        Assert.True(errors.TryGetProperty("plannedSessions", out _));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_does_not_hide_the_other_problems()
    {
        var body = GoodBody();
        body["startDate"] = "31/02/2025";
        body["plannedSessions"] = "six";
        body["name"] = null;
        body["centreName"] = "=1+1";
        body["clientRefs"] = new JsonArray("Client A", "client  a");
        body["nmae"] = "typo";
        var callsBefore = factory.Generator.Calls.Count;
        var problem = await ProblemAssert.IsProblem(await Post("/api/documents/coaching-diary", body), HttpStatusCode.BadRequest, "startDate");
        var errors = problem.GetProperty("errors");
        Assert.Equal(["centreName", "clientRefs[1]", "name", "nmae", "plannedSessions", "startDate"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("yyyy-MM-dd", errors.GetProperty("startDate")[0].GetString());
        Assert.Contains("whole number", errors.GetProperty("plannedSessions")[0].GetString());
        Assert.Contains("repeats clientRefs[0]", errors.GetProperty("clientRefs[1]")[0].GetString());
        Assert.Equal(callsBefore, factory.Generator.Calls.Count);
    }

    [Theory]
    [InlineData("Client A", "Client A")]
    [InlineData("Client A", "CLIENT A")]
    [InlineData("Client A", " Client   A ")]
    public async Task A_client_reference_given_twice_is_refused(string first, string second)
    {
        var body = GoodBody();
        body.Remove("unit");
        body["clientRefs"] = new JsonArray("Client B", first, second);
        var problem = await ProblemAssert.IsProblem(await Post("/api/packs/units/FX-1", body), HttpStatusCode.BadRequest, "clientRefs[2]");
        Assert.Equal(["clientRefs[2]"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Different_client_references_are_all_accepted()
    {
        var body = GoodBody();
        body["clientRefs"] = new JsonArray("Client A", "Client AB", "A");
        body.Remove("unit");
        Assert.Equal(HttpStatusCode.OK, (await Post("/api/packs/units/FX-1", body)).StatusCode);
    }

    [Theory]
    [InlineData("/api/documents/not-a-kind", "FX-1", "kind")]
    [InlineData("/api/documents/coaching-diary", "NO-SUCH-UNIT", "unit")]
    [InlineData("/api/documents/coaching-diary", null, "unit")]
    [InlineData("/api/documents/coaching-diary", "FX-2", "kind")] // FX-2 has no coaching diary
    public async Task Unknown_kind_or_unit_is_a_400_naming_it(string path, string? unit, string field)
    {
        var body = GoodBody();
        body["unit"] = unit;
        await ProblemAssert.IsProblem(await Post(path, body), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_qualification_that_does_not_hold_the_unit_is_named()
    {
        var body = GoodBody();
        body["unit"] = "FX-2";
        body["qualification"] = "fx-award";
        await ProblemAssert.IsProblem(await Post("/api/documents/assignment-cover", body), HttpStatusCode.BadRequest, "qualification");
    }

    [Fact]
    public async Task Unknown_units_and_qualifications_in_pack_routes_are_named()
    {
        var body = GoodBody();
        body.Remove("unit");
        await ProblemAssert.IsProblem(await Post("/api/packs/units/NOPE", body), HttpStatusCode.BadRequest, "unitId");
        await ProblemAssert.IsProblem(await Post("/api/packs/qualifications/nope", body), HttpStatusCode.BadRequest, "qualificationId");
    }

    [Theory]
    [InlineData("plannedSessions", "\"six\"")]
    [InlineData("startDate", "\"1st September\"")]
    [InlineData("clientRefs", "\"Client A\"")]
    [InlineData("name", "42")]
    public async Task A_value_of_the_wrong_type_is_named(string field, string json)
    {
        var body = GoodBody();
        body[field] = JsonNode.Parse(json);
        await ProblemAssert.IsProblem(await Post("/api/documents/coaching-diary", body), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_misspelt_field_is_refused_by_name_rather_than_ignored()
    {
        var body = GoodBody();
        body["nmae"] = "Jo";
        await ProblemAssert.IsProblem(await Post("/api/documents/coaching-diary", body), HttpStatusCode.BadRequest, "nmae");
    }

    [Theory]
    [InlineData("", "body")]
    [InlineData("{\"name\": ", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("null", "body")]
    public async Task Empty_or_malformed_json_is_a_400(string text, string field)
    {
        var response = await factory.CreateClient().PostAsync("/api/documents/coaching-diary", new StringContent(text, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/documents/coaching-diary", new StringContent("name=Jo", Encoding.UTF8, "text/plain"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_past_the_limit_is_a_413_problem()
    {
        var body = GoodBody();
        body["name"] = new string('x', 5 * 1024 * 1024);
        await ProblemAssert.IsProblem(await Post("/api/packs/units/FX-1", body), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Refusals_thrown_by_the_generator_are_400s_naming_the_field()
    {
        using var custom = new ApiFactory();
        custom.Generator.ThrowOnGenerate = new InvalidRequestException("clientRefs", "needs at least one client for this unit");
        var response = await custom.CreateClient().PostAsJsonAsync("/api/documents/coaching-diary", GoodBody());
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "clientRefs");
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_a_stack_trace_even_in_development()
    {
        using var custom = new ApiFactory();
        custom.Generator.ThrowOnGenerate = new InvalidOperationException("template part missing");
        var response = await custom.CreateClient().PostAsJsonAsync("/api/documents/coaching-diary", GoodBody());
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("template part missing", problem.ToString());
    }

    [Fact]
    public async Task Good_input_reaches_the_generator_and_returns_its_file()
    {
        var body = GoodBody();
        body["qualification"] = "fx-award";
        var response = await Post("/api/documents/reflective-log", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FX-1-reflective-log.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("document reflective-log FX-1 fx-award Jo Learner", await response.Content.ReadAsStringAsync());

        body.Remove("unit");
        var pack = await Post("/api/packs/units/fx-1", body);
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        Assert.Equal("application/zip", pack.Content.Headers.ContentType?.MediaType);
        body.Remove("qualification");
        var qualificationPack = await Post("/api/packs/qualifications/fx-award", body);
        Assert.Equal("qualification-pack fx-award Jo Learner", await qualificationPack.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> Post(string path, JsonObject body) =>
        factory.CreateClient().PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
}
