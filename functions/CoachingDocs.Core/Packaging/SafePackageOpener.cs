using System.Buffers;
using System.IO.Compression;
using System.Text;

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
    private const string VbaProject = "application/vnd.ms-office.vbaProject";
    private const string ExcelTemplate = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

    /// <summary>Copies at most <see cref="UploadLimits.MaxUploadBytes"/> + 1 bytes of <paramref name="input"/>, then checks them.</summary>
    public static SafePackage Open(Stream input, string fileName, UploadLimits? limits = null, XmlPartsScan scan = XmlPartsScan.All,
        CancellationToken cancellation = default)
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
            // Stryker disable once Statement : a rented buffer not returned is only garbage for the GC; nothing reads it again
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Open(copy.ToArray(), fileName, limits, scan, cancellation);
    }

    /// <param name="scan">
    /// Which XML parts to read through here; <see cref="XmlPartsScan.AllButWordBody"/> only when the caller parses the
    /// Word body and styles itself with <see cref="XmlSafety.LoadPart"/>.
    /// </param>
    public static SafePackage Open(byte[] bytes, string fileName, UploadLimits? limits = null, XmlPartsScan scan = XmlPartsScan.All,
        CancellationToken cancellation = default)
    {
        limits ??= UploadLimits.Default;
        if (bytes.Length == 0) throw new UploadRejectedException(RejectCodes.Empty, fileName, "is empty (0 bytes).");
        if (bytes.Length > limits.MaxUploadBytes)
            throw new UploadRejectedException(RejectCodes.TooLarge, fileName,
                $"is {Megabytes(bytes.Length)}, larger than the {Megabytes(limits.MaxUploadBytes)} limit; compress pictures and try again.");

        RejectNonZip(bytes, fileName);
        PackageFormat format;
        bool macro;
        try
        {
            using var zip = OpenZip(bytes, fileName);
            CheckEntries(zip, fileName, limits);
            (format, macro) = IdentifyPackage(zip, fileName, limits);
            var parsedByCaller = scan == XmlPartsScan.AllButWordBody && format == PackageFormat.Word
                ? WordBodyParts(zip, fileName, limits) : [];
            var relationships = InflateAndScan(zip, fileName, limits, parsedByCaller, cancellation);
            CheckRelationshipTargets(zip, relationships, fileName);
        }
        catch (InvalidDataException ex)
        {
            // A central directory that contradicts itself (a wrong entry count in the end record, an entry header that
            // does not match its directory entry) surfaces lazily from ZipArchive; it is the same damage as truncation.
            throw new UploadRejectedException(RejectCodes.Truncated, fileName,
                "is damaged: its zip directory contradicts itself (as when a copy goes wrong); send the file again.", ex);
        }
        // The checks ran on our own copy; the SDK gets a fresh read-only view of the same bytes.
        return new SafePackage(fileName, bytes, format, macro, limits);
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
            // Stryker disable once Boolean : a ZipArchive in Read mode never writes, and disposing a MemoryStream over our copy frees nothing
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
        // A VBA project is found by its content type as well as by its usual name: renaming the part does not hide it.
        var hasVba = zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            || content.Contains(VbaProject, StringComparison.OrdinalIgnoreCase);
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
    /// The parts the Word reader parses itself: the package's officeDocument relationship target (the SDK's main
    /// document part) and that part's styles relationship target, found from the two relationships parts (read here
    /// first, whatever the zip order; they are scanned again with the rest). Anything odd about them defers nothing:
    /// the scan then reads every part and refuses what it must.
    /// </summary>
    private static HashSet<string> WordBodyParts(ZipArchive zip, string fileName, UploadLimits limits)
    {
        var parts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (RelationshipTarget(zip, "_rels/.rels", "/officeDocument", fileName, limits) is not { } main) return parts;
            parts.Add(main);
            var slash = main.LastIndexOf('/');
            var mainRels = main[..(slash + 1)] + "_rels/" + main[(slash + 1)..] + ".rels";
            if (RelationshipTarget(zip, mainRels, "/styles", fileName, limits) is { } styles) parts.Add(styles);
        }
        catch (Exception ex) when (ex is UploadRejectedException or InvalidDataException)
        {
            parts.Clear();
        }
        // Never a .rels part or the content list: the SDK parses those itself.
        parts.RemoveWhere(p => !p.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || p.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase));
        return parts;
    }

    private static string? RelationshipTarget(ZipArchive zip, string relsPart, string typeSuffix, string fileName, UploadLimits limits)
    {
        if (zip.GetEntry(relsPart) is not { } entry || entry.Length > 1024 * 1024) return null;
        using var stream = entry.Open();
        var relationship = XmlPartScanner.Scan(stream, fileName, relsPart, limits).FirstOrDefault(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal));
        return relationship is null ? null : ResolveTarget(relsPart, relationship.Target);
    }

    /// <summary>
    /// Inflates every entry once, counting real bytes as they inflate (a zip may lie about sizes), and reads every XML
    /// part to its end with <see cref="XmlPartScanner"/> (DTDs, depth, well-formedness), except the parts the caller
    /// parses itself with the same refusals. Returns each relationships part's internal targets, resolved to part names.
    /// </summary>
    private static List<(string Source, string Target)> InflateAndScan(ZipArchive zip, string fileName, UploadLimits limits,
        HashSet<string> parsedByCaller, CancellationToken cancellation)
    {
        long total = 0;
        var targets = new List<(string, string)>();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                cancellation.ThrowIfCancellationRequested();
                var isXml = (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                    && !parsedByCaller.Contains(entry.FullName);
                try
                {
                    // Stryker disable once Assignment : ZipArchive never inflates an entry past its declared Length (tried: a 3 MB part declared as 1,000 bytes gives 1,000), and CheckEntries has refused declared totals over the limit, so the real total cannot pass it; the count stays in case the runtime changes
                    using var stream = new InflationGuard(entry.Open(), entry.CompressedLength,
                        read => (total += read) <= limits.MaxInflatedBytes, limits, () => Bomb(fileName, entry.FullName, limits));
                    if (isXml)
                        foreach (var relationship in XmlPartScanner.Scan(stream, fileName, entry.FullName, limits, cancellation))
                            targets.Add((entry.FullName, ResolveTarget(entry.FullName, relationship.Target)));
                    // Stryker disable once Statement : as above, an undrained part cannot hold more than its declared size, which CheckEntries has counted
                    stream.Drain(buffer);
                }
                catch (InvalidDataException ex)
                {
                    throw new UploadRejectedException(RejectCodes.Truncated, fileName,
                        $"is damaged: part '{entry.FullName}' cannot be decompressed; send the file again.", ex);
                }
            }
        }
        finally
        {
            // Stryker disable once Statement : a rented buffer not returned is only garbage for the GC; nothing reads it again
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return targets;
    }

    /// <summary>
    /// A relationship to a part that is not in the package makes the Open XML SDK throw while opening; Word would call
    /// the file corrupt too. Said here, by name, instead of as a crash later.
    /// </summary>
    private static void CheckRelationshipTargets(ZipArchive zip, List<(string Source, string Target)> targets, string fileName)
    {
        var parts = new HashSet<string>(zip.Entries.Select(e => e.FullName), StringComparer.OrdinalIgnoreCase);
        foreach (var (source, target) in targets)
            if (target.Length > 0 && !parts.Contains(target))
                throw new UploadRejectedException(RejectCodes.Malformed, fileName,
                    $"part '{source}' refers to part '{Shorten(target)}', which is missing from the file; open it in Word, save it again and re-upload.");
    }

    /// <summary>"media/image1.png" from "word/_rels/document.xml.rels" is "word/media/image1.png"; "/word/x" is absolute.</summary>
    private static string ResolveTarget(string relsPart, string target)
    {
        var folder = relsPart.Contains("_rels/", StringComparison.Ordinal) ? relsPart[..relsPart.LastIndexOf("_rels/", StringComparison.Ordinal)] : "";
        if (target.Contains('#')) target = target[..target.IndexOf('#')];
        if (target.Length == 0) return "";
        try
        {
            var resolved = new Uri(new Uri("pack://package/" + folder), target);
            return Uri.UnescapeDataString(resolved.AbsolutePath).TrimStart('/');
        }
        catch (UriFormatException)
        {
            return target;
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

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
