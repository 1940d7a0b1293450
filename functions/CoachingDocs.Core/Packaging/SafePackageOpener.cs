using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CoachingDocs.Core.Packaging;

/// <summary>
/// Opens an upload only after proving it is a well-formed, bounded Office package: every check runs on a private copy
/// in memory before the Open XML SDK sees a byte, because the SDK itself inflates parts without limits and parses XML
/// with its own settings. Each refusal is an <see cref="UploadRejectedException"/> with a REJECT_* code.
/// </summary>
public static class SafePackageOpener
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordTemplate = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string WordMacro = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private const string WordMacroTemplate = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string ExcelMacro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private const string ExcelTemplate = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

    /// <summary>Copies at most <see cref="UploadLimits.MaxUploadBytes"/> + 1 bytes of <paramref name="input"/>, then checks them.</summary>
    public static SafePackage Open(Stream input, string fileName, UploadLimits? limits = null)
    {
        limits ??= UploadLimits.Default;
        using var copy = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > limits.MaxUploadBytes)
                    throw new UploadRejectedException(RejectCodes.TooLarge, fileName,
                        $"is larger than the {Megabytes(limits.MaxUploadBytes)} limit; a coaching document is rarely over 5 MB (compress pictures and try again).");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Open(copy.ToArray(), fileName, limits);
    }

    public static SafePackage Open(byte[] bytes, string fileName, UploadLimits? limits = null)
    {
        limits ??= UploadLimits.Default;
        if (bytes.Length == 0) throw new UploadRejectedException(RejectCodes.Empty, fileName, "is empty (0 bytes).");
        if (bytes.Length > limits.MaxUploadBytes)
            throw new UploadRejectedException(RejectCodes.TooLarge, fileName,
                $"is {Megabytes(bytes.Length)}, larger than the {Megabytes(limits.MaxUploadBytes)} limit; compress pictures and try again.");

        RejectNonZip(bytes, fileName);
        using var zip = OpenZip(bytes, fileName);
        CheckEntries(zip, fileName, limits);
        var (format, macro) = IdentifyPackage(zip, fileName, limits);
        InflateAndScan(zip, fileName, limits);
        // The checks ran on our own copy; the SDK gets a fresh read-only view of the same bytes.
        return new SafePackage(fileName, bytes, format, macro);
    }

    /// <summary>Tells what a non-zip file is, so the user hears "this is a PDF", not "invalid zip".</summary>
    private static void RejectNonZip(byte[] bytes, string fileName)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8));
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5 && head[3] is 4 or 6) return;
        if (head.StartsWith("%PDF"u8))
            throw new UploadRejectedException(RejectCodes.Pdf, fileName,
                "is a PDF, not a Word or Excel file (whatever its name says); upload the original .docx or .xlsx.");
        if (CompoundFileInspector.IsCompoundFile(bytes))
        {
            throw CompoundFileInspector.Inspect(bytes) switch
            {
                CompoundFileInspector.Kind.Encrypted => new UploadRejectedException(RejectCodes.Encrypted, fileName,
                    "is password-protected (encrypted); remove the password in Word (File > Info > Protect Document) and upload it again."),
                CompoundFileInspector.Kind.Word97 => new UploadRejectedException(RejectCodes.LegacyWord, fileName,
                    "is an old Word 97-2003 .doc; open it in Word or LibreOffice, save as .docx (Word Document) and upload that."),
                CompoundFileInspector.Kind.Excel97 => new UploadRejectedException(RejectCodes.LegacyOffice, fileName,
                    "is an old Excel 97-2003 .xls; save it as .xlsx (Excel Workbook) and upload that."),
                _ => new UploadRejectedException(RejectCodes.LegacyOffice, fileName,
                    "is an old-style Office file this service cannot read; save it as .docx or .xlsx and upload that."),
            };
        }
        var what = head.StartsWith("{\\rtf"u8) ? "an RTF file"
            : head.StartsWith("<"u8) || head.StartsWith("\uFEFF<"u8) ? "an HTML or XML file"
            : "not a Word or Excel file";
        throw new UploadRejectedException(RejectCodes.NotZip, fileName,
            $"is {what} (not a .docx/.xlsx zip package); save it as .docx or .xlsx and upload that.");
    }

    private static ZipArchive OpenZip(byte[] bytes, string fileName)
    {
        try
        {
            return new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException ex)
        {
            throw new UploadRejectedException(RejectCodes.Truncated, fileName,
                "is damaged or incomplete (its zip directory is missing, as when an upload or copy stops part-way); send the file again.", ex);
        }
    }

    private static void CheckEntries(ZipArchive zip, string fileName, UploadLimits limits)
    {
        var count = zip.Entries.Count;
        if (count > limits.MaxEntries)
            throw new UploadRejectedException(RejectCodes.TooManyEntries, fileName,
                $"holds {count:N0} parts; a Word or Excel file has a few dozen and the limit is {limits.MaxEntries:N0}.");
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (entry.Length > limits.MaxEntryInflatedBytes || declared > limits.MaxInflatedBytes || IsBombRatio(entry.Length, entry.CompressedLength, limits))
                throw Bomb(fileName, entry.FullName, limits);
        }
    }

    private static (PackageFormat, bool Macro) IdentifyPackage(ZipArchive zip, string fileName, UploadLimits limits)
    {
        var types = zip.GetEntry("[Content_Types].xml")
            ?? throw new UploadRejectedException(RejectCodes.NotOffice, fileName,
                "is a zip file but not a Word or Excel document (no [Content_Types].xml); upload the .docx or .xlsx itself.");
        var content = ReadSmallXml(types, fileName, limits);
        var hasVba = zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        var (format, macro) =
            content.Contains(WordMacro, StringComparison.Ordinal) || content.Contains(WordMacroTemplate, StringComparison.Ordinal) ? (PackageFormat.Word, true)
            : content.Contains(WordMain, StringComparison.Ordinal) || content.Contains(WordTemplate, StringComparison.Ordinal) ? (PackageFormat.Word, hasVba)
            : content.Contains(ExcelMacro, StringComparison.Ordinal) ? (PackageFormat.Excel, true)
            : content.Contains(ExcelMain, StringComparison.Ordinal) || content.Contains(ExcelTemplate, StringComparison.Ordinal) ? (PackageFormat.Excel, hasVba)
            : throw new UploadRejectedException(RejectCodes.UnsupportedKind, fileName,
                "is an Office file but neither a Word document nor an Excel workbook (a PowerPoint?); upload the .docx or .xlsx.");
        if (macro && limits.MacroEnabled == MacroPolicy.Reject)
            throw new UploadRejectedException(RejectCodes.MacroEnabled, fileName,
                $"is macro-enabled ({(format == PackageFormat.Word ? ".docm" : ".xlsm")}); save a copy as {(format == PackageFormat.Word ? ".docx (Word Document)" : ".xlsx (Excel Workbook)")} and upload that.");
        return (format, macro);
    }

    /// <summary>
    /// Inflates every entry once, counting real bytes (a zip may lie about sizes), and reads each XML part up to its
    /// root element with DTDs prohibited, which is where a DOCTYPE must stand.
    /// </summary>
    private static void InflateAndScan(ZipArchive zip, string fileName, UploadLimits limits)
    {
        long total = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            InflateAndScan(zip, fileName, limits, buffer, ref total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void InflateAndScan(ZipArchive zip, string fileName, UploadLimits limits, byte[] buffer, ref long total)
    {
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            try
            {
                using var stream = entry.Open();
                if (isXml) ScanXmlProlog(stream, fileName, entry.FullName);
                long entryBytes = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entryBytes += read;
                    total += read;
                    if (entryBytes > limits.MaxEntryInflatedBytes || total > limits.MaxInflatedBytes
                        || IsBombRatio(entryBytes, entry.CompressedLength, limits))
                        throw Bomb(fileName, entry.FullName, limits);
                }
            }
            catch (InvalidDataException ex)
            {
                throw new UploadRejectedException(RejectCodes.Truncated, fileName,
                    $"is damaged: part '{entry.FullName}' cannot be decompressed; send the file again.", ex);
            }
        }
    }

    private static void ScanXmlProlog(Stream stream, string fileName, string part)
    {
        try
        {
            using var reader = XmlReader.Create(stream, XmlSafety.ReaderSettings);
            while (reader.Read() && reader.NodeType != XmlNodeType.Element) { }
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(RejectCodes.Dtd, fileName,
                $"part '{part}' declares a DTD (<!DOCTYPE>), which Word never writes and which can be used to attack a server; refused.", ex);
        }
        catch (XmlException ex)
        {
            throw new UploadRejectedException(RejectCodes.Malformed, fileName,
                $"part '{part}' is not well-formed XML (line {ex.LineNumber}); open the file in Word, save it again and re-upload.", ex);
        }
    }

    private static string ReadSmallXml(ZipArchiveEntry entry, string fileName, UploadLimits limits)
    {
        if (entry.Length > 1024 * 1024) throw Bomb(fileName, entry.FullName, limits);
        try
        {
            using var stream = entry.Open();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (InvalidDataException ex)
        {
            throw new UploadRejectedException(RejectCodes.Truncated, fileName, "is damaged: its content list cannot be decompressed; send the file again.", ex);
        }
    }

    private static bool IsBombRatio(long inflated, long compressed, UploadLimits limits) =>
        inflated > limits.RatioCheckFloorBytes && inflated > (long)limits.MaxCompressionRatio * Math.Max(compressed, 1);

    private static UploadRejectedException Bomb(string fileName, string part, UploadLimits limits) =>
        new(RejectCodes.ZipBomb, fileName,
            $"part '{part}' inflates far beyond its size (more than {limits.MaxCompressionRatio}:1, or past the {Megabytes(limits.MaxInflatedBytes)} total limit): a zip bomb, refused.");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
