using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// The one entry point Api and Cli call: opens every file safely, reads it, decides the unit, checks the portfolio.
/// Throws <see cref="UploadRejectedException"/> (REJECT_*) when the check cannot run at all; anything it can check,
/// it checks and reports, whatever it finds. Nothing the user sent is changed or kept. A cancelled
/// cancellation token (the client gone, the server stopping, the CLI's Ctrl+C, a time budget) stops the
/// check with <see cref="OperationCanceledException"/> within a few hundred XML nodes or one paragraph; nothing partial
/// is answered.
/// </summary>
public static class CheckRunner
{
    public static CheckReport Run(QualificationCatalogue catalogue, IReadOnlyList<UploadedFile> files, string? unitId,
        UploadLimits? limits = null, TimeProvider? clock = null, CancellationToken cancellation = default)
    {
        limits ??= UploadLimits.Default;
        if (files.Count == 0) throw new UploadRejectedException(RejectCodes.NoFiles, "(request)", "no files were sent; send the diary, log and forms to check.");
        if (files.Count > limits.MaxFiles)
            throw new UploadRejectedException(RejectCodes.TooManyFiles, "(request)", $"{files.Count} files sent; at most {limits.MaxFiles} are checked together.");

        Unit? asked = null;
        if (unitId is { Length: > 0 })
            asked = catalogue.FindUnit(unitId) ?? throw new UploadRejectedException(RejectCodes.UnitUnknown, "(request)",
                $"unit '{unitId}' is not in the catalogue; known units: {string.Join(", ", catalogue.Units.Select(u => u.Id))}.");

        var unitIds = catalogue.Units.Select(u => u.Id).ToList();
        var readings = files.Select(f => ReadOne(f, limits, unitIds, cancellation)).ToList();
        cancellation.ThrowIfCancellationRequested();
        foreach (var reading in readings) reading.UnitId = KnownUnitIn(reading.UnitId, unitIds);
        var unit = asked ?? UnitFromDocuments(catalogue, readings);
        foreach (var reading in readings)
        {
            // A file that says (in its identity or unit field) it belongs to another unit is the wrong file, not evidence.
            if (reading.UnitId is { } id && reading.UnitIdSource != "unit named in the text" && !string.Equals(id, unit.Id, StringComparison.OrdinalIgnoreCase))
                throw new UploadRejectedException(RejectCodes.OtherUnit, reading.FileName,
                    $"is a {reading.Kind ?? "document"} for unit {id}, not {unit.Id} as asked; send the right file, or check it as unit {id}.");
        }
        return PortfolioChecker.Check(unit, readings, (clock ?? TimeProvider.System).GetUtcNow());
    }

    public static DocumentReading ReadOne(UploadedFile file, UploadLimits limits, IReadOnlyCollection<string> knownUnitIds,
        CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        // The Word reader parses the body and styles itself, with the opener's refusals, in one pass (not scanned, then parsed).
        var package = SafePackageOpener.Open(file.Content, SafeName(file.FileName), limits, XmlPartsScan.AllButWordBody, cancellation);
        try
        {
            return package.Format == PackageFormat.Excel
                ? ExcelHoursLogReader.Read(package, cancellation)
                : WordDocumentReader.Read(package, knownUnitIds, cancellation);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or FormatException)
        {
            throw new UploadRejectedException(RejectCodes.Malformed, package.FileName,
                "could not be read as a Word or Excel document (its parts are damaged); open it in Word or Excel, save it again and re-upload.", ex);
        }
    }

    private static Unit UnitFromDocuments(QualificationCatalogue catalogue, List<DocumentReading> readings)
    {
        var named = readings.Where(r => r.UnitId is not null).Select(r => r.UnitId!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count > 1)
            throw new UploadRejectedException(RejectCodes.MixedUnits, "(request)",
                $"the files belong to different units ({string.Join(", ", named)}); check one unit at a time, or say which with the unit parameter.");
        if (named.Count == 0)
            throw new UploadRejectedException(RejectCodes.UnitUnknown, "(request)",
                "none of the files says which unit it is for; say which unit to check against (unit parameter).");
        return catalogue.FindUnit(named[0]) ?? throw new UploadRejectedException(RejectCodes.UnitUnknown, "(request)",
            $"the files are for unit '{named[0]}', which is not in the catalogue.");
    }

    /// <summary>
    /// A unit cell or field holding the id and the title ("L5-502 Undertaking an extended period ...") names that unit:
    /// the one catalogue id it contains as a whole word. Anything else is kept as written.
    /// </summary>
    internal static string? KnownUnitIn(string? named, IReadOnlyList<string> unitIds)
    {
        if (named is null || unitIds.Contains(named, StringComparer.OrdinalIgnoreCase)) return named;
        var found = unitIds.Where(id => System.Text.RegularExpressions.Regex.IsMatch(named,
            $@"(?<![\w.-]){System.Text.RegularExpressions.Regex.Escape(id)}(?![\w-]|\.\d)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
        return found.Count == 1 ? found[0] : named;
    }

    /// <summary>Only the last path segment, without control characters: the name is echoed in messages and reports.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "upload" : name.Length > 120 ? name[..120] : name;
    }
}
