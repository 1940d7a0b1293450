using System.Collections.Concurrent;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Templates;

/// <summary>
/// Where templates come from, per file: a centre's own folder first (if configured and it has that kind), then the
/// default folder (the repository's templates/), then the built-in builder, so a centre can replace just one form.
/// Files are read once per store; make a new store to pick up changed files.
/// </summary>
public sealed class TemplateStore(string? defaultFolder = null, string? overrideFolder = null)
{
    private readonly ConcurrentDictionary<string, TemplateSource> _cache = new(StringComparer.Ordinal);

    public string? DefaultFolder { get; } = defaultFolder;
    public string? OverrideFolder { get; } = overrideFolder;

    /// <summary>Only the built-in templates (no files): what the committed templates/ folder holds.</summary>
    public static TemplateStore BuiltIn { get; } = new();

    public TemplateSource Get(string kind)
    {
        if (!DocumentKinds.IsKnown(kind)) throw new ArgumentException($"Unknown document kind '{kind}'.", nameof(kind));
        return _cache.GetOrAdd(kind, Load);
    }

    private TemplateSource Load(string kind)
    {
        var fileName = TemplateBuilder.FileName(kind);
        foreach (var (folder, origin) in new[] { (OverrideFolder, TemplateOrigin.Centre), (DefaultFolder, TemplateOrigin.Default) })
        {
            if (folder is null) continue;
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path)) return new TemplateSource(kind, File.ReadAllBytes(path), origin, path);
        }
        return new TemplateSource(kind, TemplateBuilder.Build(kind), TemplateOrigin.BuiltIn, null);
    }

    /// <summary>The repository's templates/ folder, found by walking up from a directory (for tools and tests).</summary>
    public static string? FindRepositoryTemplates(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "templates")))
                return Path.Combine(dir.FullName, "templates");
        return null;
    }
}

public enum TemplateOrigin { BuiltIn, Default, Centre }

/// <summary>One template's bytes and where they came from (<see cref="Path"/> is null for a built-in template).</summary>
public sealed record TemplateSource(string Kind, byte[] Content, TemplateOrigin Origin, string? Path)
{
    /// <summary>The identity part's templateVersion: the built-in version, marked when a centre's own template was used.</summary>
    public string Version => Origin == TemplateOrigin.Centre ? TemplateBuilder.TemplateVersion + "-centre" : TemplateBuilder.TemplateVersion;
}
