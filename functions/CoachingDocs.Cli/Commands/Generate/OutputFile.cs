namespace CoachingDocs.Cli.Commands.Generate;

/// <summary>
/// Writes a finished file so that a failure leaves nothing behind: the bytes go to a hidden temporary file in the
/// target folder, which is then renamed into place. An existing file is only replaced with --force.
/// </summary>
public static class OutputFile
{
    /// <summary>Where to write: --out as a file, or inside --out when it is a folder (or ends with '/'), else the working folder.</summary>
    public static string Resolve(string? outOption, string suggestedFileName, string currentDirectory)
    {
        if (string.IsNullOrWhiteSpace(outOption)) return Path.Combine(currentDirectory, suggestedFileName);
        var path = Path.GetFullPath(outOption, currentDirectory);
        var isFolder = Directory.Exists(path) || outOption.EndsWith('/') || outOption.EndsWith(Path.DirectorySeparatorChar);
        return isFolder ? Path.Combine(path, suggestedFileName) : path;
    }

    public static void Write(string target, ReadOnlySpan<byte> content, bool force)
    {
        if (File.Exists(target) && !force)
            throw new CommandFailure(ExitCodes.OutputError, $"{target} already exists; give --force to replace it");
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                stream.Write(content);
            File.Move(temporary, target, overwrite: force);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new CommandFailure(ExitCodes.OutputError, $"could not write {target}: {ex.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
