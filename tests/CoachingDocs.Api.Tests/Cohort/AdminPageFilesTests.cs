using System.Net;
using CoachingDocs.Api.Tests.Jobs;

namespace CoachingDocs.Api.Tests.Cohort;

/// <summary>The admin page serves its own flat files and nothing else.</summary>
public sealed class AdminPageFilesTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("admin-files-").FullName;
    private CohortTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await CohortTestHost.StartAsync(new TestPackGenerator(), new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage }, kestrel: true);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    [Theory]
    [InlineData("/admin/", HttpStatusCode.OK, "text/html")]
    [InlineData("/admin", HttpStatusCode.OK, "text/html")]
    [InlineData("/admin/admin.js", HttpStatusCode.OK, "text/javascript")]
    [InlineData("/admin/admin.css", HttpStatusCode.OK, "text/css")]
    [InlineData("/admin/..%2F..%2Fappsettings.json", HttpStatusCode.NotFound, null)]
    [InlineData("/admin/nope.html", HttpStatusCode.NotFound, null)]
    public async Task The_admin_page_serves_its_own_files_only(string path, HttpStatusCode status, string? mediaType)
    {
        var response = await _host.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        if (mediaType is not null) Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
