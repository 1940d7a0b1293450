using System.Text.Json;
using CoachingDocs.Api.Tests.Storage;

namespace CoachingDocs.Functions.Tests;

/// <summary>The Functions project's build output (same configuration as these tests), where the Worker SDK writes functions.metadata.</summary>
public static class FunctionsBuild
{
    public static string OutputFolder
    {
        get
        {
            // .../tests/CoachingDocs.Functions.Tests/bin/<Configuration>/net10.0/
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(AzuriteFixture.RepositoryRoot(), "functions", "CoachingDocs.Functions", "bin", configuration, framework.Name);
        }
    }

    public static JsonDocument ReadMetadata(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "functions.metadata")));
}
