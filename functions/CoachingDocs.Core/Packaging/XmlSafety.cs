using System.Xml;
using System.Xml.Linq;

namespace CoachingDocs.Core.Packaging;

/// <summary>One place that says how XML from an upload is parsed: no DTDs, no external resolution, ever.</summary>
public static class XmlSafety
{
    public static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static XDocument Load(Stream stream)
    {
        using var reader = XmlReader.Create(stream, ReaderSettings);
        return XDocument.Load(reader);
    }

    /// <summary>
    /// Parses part <paramref name="part"/> of upload <paramref name="fileName"/> into a tree in one pass with the opener's
    /// refusals applied as it reads (REJECT_DTD, REJECT_TOO_DEEP, REJECT_MALFORMED, worded as the opener words them),
    /// text nodes bounded (<see cref="GuardedXmlReader"/>) and <paramref name="cancellation"/> honoured. Used for the
    /// parts the opener leaves to the reader (<see cref="SafePackageOpener.Open(byte[], string, UploadLimits?, XmlPartsScan)"/>).
    /// </summary>
    public static XDocument LoadPart(Stream stream, string fileName, string part, UploadLimits limits, CancellationToken cancellation)
    {
        try
        {
            using var reader = new GuardedXmlReader(XmlReader.Create(stream, ReaderSettings), fileName, part, limits, cancellation);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw XmlPartRefusal.From(ex, fileName, part);
        }
    }
}
