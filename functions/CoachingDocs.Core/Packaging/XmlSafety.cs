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
}
