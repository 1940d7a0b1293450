using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using CoachingDocs.Api.Tests.Storage;

namespace CoachingDocs.Functions.Tests;

/// <summary>
/// scripts/publish.sh makes a zip Azure can run: host.json (no custom handler), functions.metadata, extensions.json,
/// the worker's .azurefunctions/ folder, the worker itself and the content it reads. Published without ReadyToRun and
/// without the add-in build to keep the test short (the script's defaults add both).
/// </summary>
public sealed class PublishOutputTests
{
    [Fact]
    public async Task The_publish_zip_holds_what_the_functions_host_needs()
    {
        var work = Directory.CreateTempSubdirectory("coachingdocs-publish-").FullName;
        try
        {
            var zip = Path.Combine(work, "app.zip");
            var script = new ProcessStartInfo("bash", [Path.Combine(AzuriteFixture.RepositoryRoot(), "scripts", "publish.sh"), zip])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
                Environment = { ["READY_TO_RUN"] = "false", ["SKIP_ADDIN"] = "1", ["PUBLISH_FOLDER"] = Path.Combine(work, "app") },
            };
            using var process = Process.Start(script)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(8)).Token);
            Assert.True(process.ExitCode == 0, await output + await errors);

            using var archive = ZipFile.OpenRead(zip);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet();
            foreach (var required in new[] { "host.json", "functions.metadata", "extensions.json", "worker.config.json", "CoachingDocs.Functions.dll",
                         "CoachingDocs.Services.dll", "openapi/v1.json", "wwwroot/admin/index.html", "templates/catalogue/catalogue.json" })
                Assert.Contains(required, names);
            Assert.Contains(names, n => n.StartsWith(".azurefunctions/", StringComparison.Ordinal));

            using var host = JsonDocument.Parse(archive.GetEntry("host.json")!.Open());
            Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
            Assert.False(host.RootElement.TryGetProperty("customHandler", out _));

            using var worker = JsonDocument.Parse(archive.GetEntry("worker.config.json")!.Open());
            Assert.Equal("CoachingDocs.Functions.dll", Path.GetFileName(worker.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString()));

            using var extensions = JsonDocument.Parse(archive.GetEntry("extensions.json")!.Open());
            var extensionNames = extensions.RootElement.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
            Assert.Contains("AzureStorageQueues", extensionNames);

            using var published = JsonDocument.Parse(archive.GetEntry("functions.metadata")!.Open());
            using var built = FunctionsBuild.ReadMetadata(FunctionsBuild.OutputFolder);
            Assert.Equal(Names(built), Names(published));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<string> Names(JsonDocument metadata) =>
        metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
}
