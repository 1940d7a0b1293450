namespace CoachingDocs.Core.Packaging;

/// <summary>What to do with a macro-enabled file (.docm/.xlsm).</summary>
public enum MacroPolicy
{
    /// <summary>Refuse it and ask for a .docx/.xlsx: the default, so nobody mistakes a check for a safety scan.</summary>
    Reject,

    /// <summary>Read its text; the VBA part is never opened, let alone run.</summary>
    ReadIgnoringMacros,
}

/// <summary>Limits applied to every upload before any Office parser sees it (docs/limits.md). All are configurable.</summary>
public sealed record UploadLimits
{
    public static readonly UploadLimits Default = new();

    /// <summary>Largest file accepted, in bytes (50 MB). Real coaching diaries are well under 5 MB.</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most zip entries in one package. Word writes about 15-40; 10,000 tiny entries is an attack.</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>Most bytes all entries together may inflate to (200 MB), counted as they inflate, not as declared.</summary>
    public long MaxInflatedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Most bytes one entry may inflate to (100 MB).</summary>
    public long MaxEntryInflatedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest inflated / compressed ratio of an entry bigger than <see cref="RatioCheckFloorBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Small entries compress extremely well legitimately (a blank styles part); the ratio check starts here.</summary>
    public long RatioCheckFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Deepest element nesting in any XML part. Word's own documents nest a few dozen levels (tables in content
    /// controls in tables); 100,000 nested elements in a 4 KB file is an attack on every recursive walker.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Most files in one portfolio check.</summary>
    public int MaxFiles { get; init; } = 50;

    public MacroPolicy MacroEnabled { get; init; } = MacroPolicy.Reject;

    /// <summary>
    /// Limits for a roster workbook: a roster of 2,000 learners is well under 1 MB of sheet XML, so anything that
    /// inflates past 20 MB is not a roster (a 612 KB file inflating to 200 MB once drove the server to 7 GB).
    /// </summary>
    public static readonly UploadLimits Roster = new()
    {
        MaxUploadBytes = 10L * 1024 * 1024,
        MaxInflatedBytes = 20L * 1024 * 1024,
        MaxEntryInflatedBytes = 20L * 1024 * 1024,
        MaxEntries = 200,
    };
}
