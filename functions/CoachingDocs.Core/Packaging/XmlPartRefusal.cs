using System.Xml;

namespace CoachingDocs.Core.Packaging;

/// <summary>
/// The refusals for one XML part of an upload, worded once for both places that read parts: the opener's scan
/// (<see cref="XmlPartScanner"/>) and the reader's single-pass parse (<see cref="XmlSafety.LoadPart"/>).
/// </summary>
internal static class XmlPartRefusal
{
    public static UploadRejectedException TooDeep(string fileName, string part, UploadLimits limits) =>
        new(RejectCodes.TooDeep, fileName,
            $"part '{part}' nests elements more than {limits.MaxXmlDepth} levels deep; no Word or Excel document does, so it was refused.");

    /// <summary>A DTD (refused by <see cref="DtdProcessing.Prohibit"/>) or XML that is not well-formed.</summary>
    public static UploadRejectedException From(XmlException ex, string fileName, string part) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? new(RejectCodes.Dtd, fileName,
                $"part '{part}' declares a DTD (<!DOCTYPE>), which Word never writes and which can be used to attack a server; refused.", ex)
            : new(RejectCodes.Malformed, fileName,
                $"part '{part}' is not well-formed XML (line {ex.LineNumber}); open the file in Word, save it again and re-upload.", ex);
}
