using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Tests.Storage;

public sealed class LocalFolderStorageTests : BlobStorageContract, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("storage-tests-").FullName;

    public LocalFolderStorageTests() => Storage = new LocalFolderStorage(_root);

    protected override IBlobStorage Storage { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Nothing_is_written_outside_the_storage_folder_and_no_temporary_files_remain()
    {
        await Storage.UploadAsync("jobs/1/out.zip", new MemoryStream([1, 2, 3]));
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f)).Order().ToList();
        Assert.Equal([Path.Combine("blobs", "jobs", "1", "out.zip"), Path.Combine("meta", "jobs", "1", "out.zip.json")], files);
    }
}
