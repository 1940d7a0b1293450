using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoachingDocs.Functions.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingDocs.Functions.Tests;

/// <summary>
/// Each function class called directly, as the worker's ASP.NET Core integration calls it (an HttpContext in, an IResult
/// out, executed against the response), answers the same status, media type and bytes as the local server for the same
/// request. Problem details are compared without their traceId, which is per request.
/// </summary>
public sealed class FunctionParityTests : IClassFixture<FunctionParityTests.Hosts>
{
    private const string Learner = """
        {"name":"Jo Learner","registrationNumber":"R123456","centreName":"North Centre","centreNumber":"12345","assessorName":"Sam Assessor",
         "clientRefs":["Client A","Client B"],"plannedSessions":12,"startDate":"2025-09-01","endDate":"2026-03-31"
        """;

    private readonly Hosts _hosts;

    public FunctionParityTests(Hosts hosts) => _hosts = hosts;

    /// <summary>The local server as it ships, and the Functions app's services built by its own Program (not run: no host here).</summary>
    public sealed class Hosts : IDisposable
    {
        // Reports say when they were checked: both hosts read one fixed clock.
        private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero));

        public WebApplicationFactory<global::Program> Server { get; } = new WebApplicationFactory<global::Program>()
            .WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton(Clock)));

        public IHost Functions { get; } = Program.Build(["--Storage:ConnectionString=UseDevelopmentStorage=true"], services => services.AddSingleton(Clock));

        public void Dispose()
        {
            Server.Dispose();
            Functions.Dispose();
        }
    }

    public static TheoryData<string> CatalogueRequests => new("/api/qualifications", "/api/qualifications/8585-certificate", "/api/qualifications/nope",
        "/api/units", "/api/units/8585-302", "/api/units/nope");

    [Theory]
    [MemberData(nameof(CatalogueRequests))]
    public async Task Catalogue_functions_answer_what_the_local_server_answers(string path)
    {
        var functions = Create<CatalogueFunctions>();
        var id = path.Split('/').Length > 3 ? path.Split('/')[3] : null;
        await AssertSameAsync(HttpMethods.Get, path, null, null, (request, _) => (path.Split('/')[2], id) switch
        {
            ("qualifications", null) => Task.FromResult(functions.ListQualifications(request)),
            ("qualifications", { } q) => Task.FromResult(functions.GetQualification(request, q)),
            ("units", null) => Task.FromResult(functions.ListUnits(request)),
            (_, var u) => Task.FromResult(functions.GetUnit(request, u!)),
        });
    }

    [Theory]
    [InlineData("coaching-diary", "8585-302")]
    [InlineData("hours-log", "8585-302")]
    [InlineData("coaching-diary", "no-such-unit")]
    public async Task Generating_a_document_answers_the_same_file_or_the_same_problem(string kind, string unit)
    {
        var body = Learner + $",\"unit\":\"{unit}\"}}";
        var functions = Create<GenerationFunctions>();
        await AssertSameAsync(HttpMethods.Post, $"/api/documents/{kind}", body, "application/json",
            (request, token) => functions.GenerateDocument(request, kind, token));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_the_same_way()
    {
        var functions = Create<GenerationFunctions>();
        await AssertSameAsync(HttpMethods.Post, "/api/documents/coaching-diary", "{not json", "application/json",
            (request, token) => functions.GenerateDocument(request, "coaching-diary", token));
    }

    [Fact]
    public async Task Packs_and_examples_answer_the_same_zips()
    {
        var functions = Create<GenerationFunctions>();
        await AssertSameAsync(HttpMethods.Post, "/api/packs/units/8585-302", Learner + "}", "application/json",
            (request, token) => functions.GenerateUnitPack(request, "8585-302", token));
        await AssertSameAsync(HttpMethods.Post, "/api/packs/qualifications/8585-award", Learner + "}", "application/json",
            (request, token) => functions.GenerateQualificationPack(request, "8585-award", token));
        await AssertSameAsync(HttpMethods.Get, "/api/examples/units/8585-302/documents/coaching-diary", null, null,
            (request, _) => Task.FromResult(functions.GetExampleDocument(request, "8585-302", "coaching-diary")));
        await AssertSameAsync(HttpMethods.Get, "/api/examples/units/8585-302/pack", null, null,
            (request, _) => Task.FromResult(functions.GetExampleUnitPack(request, "8585-302")));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("docx")]
    // Not xlsx: the summary workbook is written with the SDK's random relationship ids, so no two answers are the same bytes.
    public async Task Checking_a_document_answers_the_same_report(string format)
    {
        // A diary the service made, sent back as a learner would.
        var diary = await _hosts.Server.CreateClient().GetByteArrayAsync("/api/examples/units/8585-302/documents/coaching-diary");
        var boundary = "parity-boundary";
        var body = new MultipartFormDataContent(boundary) { { new ByteArrayContent(diary), "files", "diary.docx" } };
        var bytes = await body.ReadAsByteArrayAsync();
        var functions = Create<CheckFunctions>();
        await AssertSameAsync(HttpMethods.Post, $"/api/check?format={format}", bytes, $"multipart/form-data; boundary={boundary}",
            (request, token) => functions.CheckPortfolio(request, token));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/index.html")]
    [InlineData("/admin/admin.js")]
    [InlineData("/admin/nope.js")]
    [InlineData("/addin/taskpane.html")]
    public async Task Pages_answer_the_same_bytes(string path)
    {
        var functions = Create<PageFunctions>();
        await AssertSameAsync(HttpMethods.Get, path, null, null, (request, _) => Task.FromResult(path switch
        {
            "/" => functions.LandingPage(request),
            _ when path.StartsWith("/admin/") => functions.AdminPage(request, path["/admin/".Length..]),
            _ => functions.AddinFiles(request, path["/addin/".Length..]),
        }), statusCodePagesApply: false);
    }

    [Fact]
    public async Task The_openapi_document_is_the_local_server_s_without_its_per_request_server_address()
    {
        var served = JsonNode.Parse(await _hosts.Server.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers");
        var (status, _, body) = await InvokeAsync(HttpMethods.Get, "/openapi/v1.json", null, null,
            (request, _) => Task.FromResult(Create<PageFunctions>().OpenApiDocument(request, "v1")));

        Assert.Equal(200, status);
        var built = JsonNode.Parse(body)!.AsObject();
        built.Remove("servers");
        Assert.Equal(served.ToJsonString(), built.ToJsonString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private T Create<T>() => ActivatorUtilities.CreateInstance<T>(_hosts.Functions.Services);

    /// <summary>
    /// Sends the request to the local server and to the function, and compares status, media type, file name and body.
    /// The local server writes a problem body for a bare error status (status code pages); <paramref name="statusCodePagesApply"/>
    /// false compares only the status then.
    /// </summary>
    private async Task AssertSameAsync(string method, string pathAndQuery, object? body, string? contentType,
        Func<HttpRequest, CancellationToken, Task<IResult>> call, bool statusCodePagesApply = true)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), pathAndQuery);
        var bytes = body switch { string text => Encoding.UTF8.GetBytes(text), byte[] raw => raw, _ => null };
        if (bytes is not null)
        {
            message.Content = new ByteArrayContent(bytes);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }
        var response = await _hosts.Server.CreateClient().SendAsync(message);
        var expected = await response.Content.ReadAsByteArrayAsync();

        var (status, headers, actual) = await InvokeAsync(method, pathAndQuery, bytes, contentType, call);

        Assert.Equal((int)response.StatusCode, status);
        if (!statusCodePagesApply && status >= 400 && headers.ContentType.Count == 0) return;
        Assert.Equal(response.Content.Headers.ContentType?.ToString(), headers.ContentType.ToString() is { Length: > 0 } type ? type : null);
        Assert.Equal(response.Content.Headers.ContentDisposition?.ToString(), headers.ContentDisposition.ToString() is { Length: > 0 } d ? d : null);
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            Assert.Equal(WithoutTraceId(expected), WithoutTraceId(actual));
        else
            Assert.Equal(expected, actual);
    }

    private async Task<(int Status, IHeaderDictionary Headers, byte[] Body)> InvokeAsync(string method, string pathAndQuery, byte[]? body, string? contentType,
        Func<HttpRequest, CancellationToken, Task<IResult>> call)
    {
        using var scope = _hosts.Functions.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var query = pathAndQuery.IndexOf('?');
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
            context.Request.ContentType = contentType;
        }
        var output = new MemoryStream();
        context.Response.Body = output;

        var result = await call(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.Headers, output.ToArray());
    }

    private static string WithoutTraceId(byte[] problem)
    {
        var json = JsonNode.Parse(problem)!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString();
    }
}
