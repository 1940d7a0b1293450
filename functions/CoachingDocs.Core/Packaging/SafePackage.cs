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
    /// check. Only a file whose relationships hold such a URI (Word keeps "http://[bad" hyperlinks as typed) makes the
    /// package refuse to open; it then takes the SDK's own path, which repairs them.
    /// </summary>
    private T Open<T>(Func<Package, T> fromPackage, Func<Stream, T> fromStream) where T : OpenXmlPackage
    {
        var package = Package.Open(ReadOnlyStream(), FileMode.Open, FileAccess.Read);
        T? document = null;
        try
        {
            document = fromPackage(package);
            // The SDK loads relationships part by part, when first asked: load them all now, so a malformed URI anywhere
            // shows here, not in the middle of reading.
            foreach (var part in document.GetAllParts()) _ = part.ExternalRelationships.Count();
            return document;
        }
        catch (OpenXmlPackageException)
        {
            document?.Dispose();
            package.Close();
            return fromStream(ReadOnlyStream());
        }
    }

    private MemoryStream ReadOnlyStream() => new(_bytes, writable: false);
}
