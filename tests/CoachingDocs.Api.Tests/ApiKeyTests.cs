using System.Net;
using System.Net.Http.Json;
using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Security;
using CoachingDocs.Api.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CoachingDocs.Api.Tests;

public sealed class ApiKeyTests
{
    private const string Key = "a-long-test-key-0123456789";

    [Fact]
    public async Task On_loopback_no_key_is_needed()
    {
        using var factory = new ApiFactory();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/units")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("a-long-test-key-012345678")] // one character short
    public async Task Beyond_loopback_a_missing_or_wrong_key_is_a_401_problem(string? presented)
    {
        using var factory = PublicFactory();
        var client = factory.CreateClient();
        if (presented is not null) client.DefaultRequestHeaders.Add("x-api-key", presented);
        await ProblemAssert.IsProblem(await client.GetAsync("/api/units"), HttpStatusCode.Unauthorized);
        var post = await client.PostAsJsonAsync("/api/packs/qualifications/fx-award", new { name = "Jo" });
        await ProblemAssert.IsProblem(post, HttpStatusCode.Unauthorized);
        Assert.Empty(factory.Generator.Calls);
    }

    [Theory]
    [InlineData("x-api-key")]
    [InlineData("x-functions-key")]
    public async Task Beyond_loopback_the_configured_key_is_accepted_in_either_header(string header)
    {
        using var factory = PublicFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(header, Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    public async Task The_landing_page_and_OpenAPI_document_stay_public(string path)
    {
        using var factory = PublicFactory();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public void Listening_beyond_loopback_without_a_key_refuses_to_start()
    {
        var policy = new ApiKeyPolicy(new ApiKeySettings(), Listen(("urls", "http://0.0.0.0:7071")));
        Assert.True(policy.Required);
        Assert.Contains("ApiKeys__Keys__0", policy.ConfigurationProblem);

        using var factory = new ApiFactory();
        factory.Settings["urls"] = "http://0.0.0.0:7071";
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public void The_retired_custom_handler_port_no_longer_waives_the_key()
    {
        // FUNCTIONS_CUSTOMHANDLER_PORT once meant "behind the Functions host, which checks keys"; set on this server now,
        // it must not turn the key off for a public address.
        var listen = Listen(("FUNCTIONS_CUSTOMHANDLER_PORT", "49152"), ("urls", "http://0.0.0.0:80"));
        Assert.Equal(["http://0.0.0.0:80"], listen.Urls);
        Assert.True(new ApiKeyPolicy(new ApiKeySettings(), listen).Required);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("http://localhost:5000", false)]
    [InlineData("http://127.0.0.1:5000;http://[::1]:5000", false)]
    [InlineData("http://*:5000", true)]
    [InlineData("http://+:5000", true)]
    [InlineData("http://0.0.0.0:5000", true)]
    [InlineData("http://localhost:5000;http://192.168.1.4:5000", true)]
    [InlineData("http://[::]:5000", true)]
    public void Beyond_loopback_is_recognised_from_the_urls(string? urls, bool beyond)
    {
        var listen = Listen(("urls", urls));
        Assert.Equal(beyond, listen.BeyondLoopback);
        if (urls is null) Assert.Equal([ListenAddresses.DefaultUrl], listen.Urls);
    }

    private static ApiFactory PublicFactory()
    {
        var factory = new ApiFactory();
        factory.Settings["urls"] = "http://0.0.0.0:7071";
        factory.Settings["ApiKeys:Keys:0"] = Key;
        return factory;
    }

    private static ListenAddresses Listen(params (string Key, string? Value)[] settings) =>
        ListenAddresses.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());
}
