using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Serves a file from a folder of static files by its relative path: the admin page's and the add-in's. Only names that
/// stay inside the folder are served (no "..", no hidden files, no backslashes), and only types with a known media type.
/// </summary>
public static class FolderFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = WithSourceMaps();

    public static Results<PhysicalFileHttpResult, NotFound> Serve(string? folder, string relativePath, bool allowSubfolders)
    {
        if (folder is null || !TryResolve(folder, relativePath, allowSubfolders, out var path) || !ContentTypes.TryGetContentType(path, out var contentType))
            return TypedResults.NotFound();
        return TypedResults.PhysicalFile(path, contentType, lastModified: File.GetLastWriteTimeUtc(path), enableRangeProcessing: true);
    }

    private static bool TryResolve(string folder, string relativePath, bool allowSubfolders, out string path)
    {
        path = "";
        var segments = relativePath.Split('/');
        if (relativePath.Length == 0 || relativePath.Contains('\\') || (!allowSubfolders && segments.Length > 1)
            || segments.Any(s => s.Length == 0 || s.StartsWith('.')))
            return false;
        var root = Path.GetFullPath(folder);
        path = Path.GetFullPath(Path.Combine([root, .. segments]));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path);
    }

    private static FileExtensionContentTypeProvider WithSourceMaps()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".map"] = "application/json";
        return types;
    }
}
