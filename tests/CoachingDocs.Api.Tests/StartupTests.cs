using CoachingDocs.Api.Tests.Support;

namespace CoachingDocs.Api.Tests;

/// <summary>The real executable refuses to start on bad data or unsafe settings, with one line saying why.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_bad_catalogue_stops_start_up_naming_the_file_and_entry()
    {
        using var folder = new TestPaths.TempFolder();
        CopyFolder(TestPaths.FixtureCatalogue, folder.Path);
        var unitFile = Path.Combine(folder.Path, "units", "FX-1.json");
        File.WriteAllText(unitFile, File.ReadAllText(unitFile).Replace("\"ref\": \"1.2\"", "\"ref\": \"1.1\""));

        var result = await RunApi("--Catalogue:Folder", folder.Path);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("FX-1.json", line);
        Assert.Contains("AC 1.1", line);
        Assert.Contains("defined twice", line);
    }

    [Fact]
    public async Task A_missing_catalogue_folder_stops_start_up()
    {
        var result = await RunApi("--Catalogue:Folder", Path.Combine(Path.GetTempPath(), "no-such-catalogue-" + Guid.NewGuid()));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("catalogue.json", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public async Task Listening_beyond_loopback_without_a_key_stops_start_up()
    {
        var result = await RunApi("--Catalogue:Folder", TestPaths.FixtureCatalogue, "--urls", "http://0.0.0.0:0");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("no API key is configured", result.StdErr);
    }

    private static Task<ProcessRunner.Result> RunApi(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [typeof(Program).Assembly.Location, .. arguments]);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
