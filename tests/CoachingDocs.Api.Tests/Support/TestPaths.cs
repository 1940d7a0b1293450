namespace CoachingDocs.Api.Tests.Support;

/// <summary>Named places the tests read from: fixtures copied beside the test assembly, and the repository root.</summary>
public static class TestPaths
{
    public static string FixtureCatalogue => Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalogue");

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) return dir.FullName;
            throw new InvalidOperationException("CoachingDocs.slnx not found above the test assembly.");
        }
    }

    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("coachdocs-api-tests-").FullName;

        public void Dispose()
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
    }
}
