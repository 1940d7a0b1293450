namespace CoachingDocs.Core.Catalogue;

/// <summary>Bad catalogue data: the message names the file and the entry so a data fix is one edit away.</summary>
public sealed class CatalogueException(string file, string entry, string problem)
    : Exception($"{file}: {entry}: {problem}")
{
    public string File { get; } = file;
    public string Entry { get; } = entry;
    public string Problem { get; } = problem;
}
