using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Packaging;

/// <summary>
/// An upload that passed every check of <see cref="SafePackageOpener"/>: a private, read-only copy in memory, so nothing
/// the user sent is changed, and every XML part already known to be free of DTDs and within the size limits.
/// </summary>
public sealed class SafePackage
{
    private readonly byte[] _bytes;

    internal SafePackage(string fileName, byte[] bytes, PackageFormat format, bool macroEnabled, UploadLimits limits)
    {
        Limits = limits;
        FileName = fileName;
        _bytes = bytes;
        Format = format;
        MacroEnabled = macroEnabled;
    }

    public string FileName { get; }
    public PackageFormat Format { get; }
    public bool MacroEnabled { get; }

    /// <summary>The limits it was opened with; the reader applies the same ones to the parts it parses itself.</summary>
    public UploadLimits Limits { get; }
    public long Length => _bytes.Length;

    public WordprocessingDocument OpenWord() => WordprocessingDocument.Open(ReadOnlyStream(), false);

    public SpreadsheetDocument OpenExcel() => SpreadsheetDocument.Open(ReadOnlyStream(), false);

    private MemoryStream ReadOnlyStream() => new(_bytes, writable: false);
}
