namespace CoachingDocs.Api.Hosting;

/// <summary>
/// The folders of static files both hosts serve: the front door (<c>wwwroot</c>: index.html and app/), the admin page
/// (<c>wwwroot/admin</c> under the content root or beside the executable) and the Word add-in's built task pane (<c>Addin:DistPath</c>, else the nearest <c>addin/dist</c> above
/// the content root or the executable). Null when the folder is not there (the add-in not built yet).
/// </summary>
public sealed record WebFolders(string? Admin, string? Addin, string? FrontDoor = null)
{
    public const string AddinDistPathSetting = "Addin:DistPath";

    public static WebFolders Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var admin = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.Combine(root, "wwwroot", "admin"))
            .FirstOrDefault(Directory.Exists);
        var addin = configuration[AddinDistPathSetting] is { Length: > 0 } configured
            ? Existing(Path.GetFullPath(configured, environment.ContentRootPath))
            : FindAbove(environment.ContentRootPath) ?? FindAbove(AppContext.BaseDirectory);
        var frontDoor = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.Combine(root, "wwwroot"))
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "index.html")));
        return new WebFolders(admin, addin, frontDoor);
    }

    private static string? Existing(string folder) => Directory.Exists(folder) ? folder : null;

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "addin", "dist");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
