using System.IO.Packaging;
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

    public WordprocessingDocument OpenWord() => Open(WordprocessingDocument.Open, stream => WordprocessingDocument.Open(stream, false));

    public SpreadsheetDocument OpenExcel() => Open(SpreadsheetDocument.Open, stream => SpreadsheetDocument.Open(stream, false));

    /// <summary>
    /// Opened over a read-only <see cref="Package"/>: handed a stream, the SDK copies the whole file into a temporary
    /// file on every open (so that it could rewrite malformed URIs), a file created, written, closed and deleted per
    /// check. A file the package refuses (a relationship URI such as "http://[bad", which Word keeps as typed, or any
    /// other damage) takes the SDK's own path instead, which repairs such URIs.
    /// </summary>
    private T Open<T>(Func<Package, T> fromPackage, Func<Stream, T> fromStream) where T : OpenXmlPackage
    {
        Package? package = null;
        T? document = null;
        try
        {
            package = Package.Open(ReadOnlyStream(), FileMode.Open, FileAccess.Read);
            document = fromPackage(package);
            // The SDK loads relationships part by part, when first asked: load them all now, so a malformed URI anywhere
            // shows here, not in the middle of reading.
            foreach (var part in document.GetAllParts()) _ = part.ExternalRelationships.Count();
            return document;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Whatever the package refuses (a malformed URI, a duplicated content type), the SDK's own path decides,
            // so a damaged file fails (or is repaired) exactly as it always did.
            // Stryker disable once Statement : both sit on a MemoryStream over our copy; not closing them only leaves garbage for the GC
            document?.Dispose();
            // Stryker disable once Statement : as above
            package?.Close();
            return fromStream(ReadOnlyStream());
        }
    }

    // Stryker disable once Boolean : both opens are read-only (FileAccess.Read, isEditable false), so nothing writes to the stream either way; the flag is a second guard
    private MemoryStream ReadOnlyStream() => new(_bytes, writable: false);
}
