namespace CoachingDocs.Core.Cohorts;

/// <summary>Checkpoints as files in a folder; each is written to a temporary name and renamed, so it is whole or absent.</summary>
public sealed class FolderCohortCheckpoints : ICohortCheckpoints
{
    private readonly string _folder;

    public FolderCohortCheckpoints(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public async Task SaveAsync(string key, Stream pack, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".partial";
        try
        {
            await using (var file = File.Create(temporary))
                await pack.CopyToAsync(file, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // gone already when the move succeeded; a half-written file when it did not
        }
    }

    private string PathFor(string key) => Path.Combine(_folder, SafeFileName.From(key, "checkpoint") + ".zip");
}
