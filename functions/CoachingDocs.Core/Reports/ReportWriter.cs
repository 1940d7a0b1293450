using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Core.Reports;

/// <summary>The views of a report the Api and Cli offer, by the names they accept.</summary>
public static class ReportFormats
{
    /// <summary>The report itself (default).</summary>
    public const string Json = "json";

    /// <summary>The auto-checked result sheet.</summary>
    public const string Docx = "docx";

    /// <summary>The filled portfolio evidence matrix (Word).</summary>
    public const string Matrix = "matrix";

    /// <summary>The one-learner Excel summary.</summary>
    public const string Xlsx = "xlsx";

    public static readonly IReadOnlyList<string> All = [Json, Docx, Matrix, Xlsx];

    public static bool IsKnown(string? format) => format is not null && All.Contains(format.ToLowerInvariant());
}

/// <summary>Writes one view of a report to a stream and says what it wrote.</summary>
public static class ReportWriter
{
    public sealed record Written(string FileName, string ContentType);

    /// <param name="generator">Makes the unit's forms the Word views start from, so a centre's own templates apply.</param>
    /// <param name="known">The learner details the caller knows (a cohort roster), for the Word views' learner fields;
    /// the report holds none, so without them those fields stay empty.</param>
    public static Written Write(CheckReport report, Unit unit, string format, Stream output, DocumentGenerator generator, LearnerDetails? known = null)
    {
        var stem = "check-" + string.Concat(report.Unit.Id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '-'));
        switch (format.ToLowerInvariant())
        {
            case ReportFormats.Json:
                ReportJson.Serialize(report, output);
                return new(stem + ".json", "application/json");
            case ReportFormats.Docx:
                ResultSheetBuilder.Build(report, unit, generator, output, known);
                return new(stem + "-result-sheet.docx", ResultSheetBuilder.ContentType);
            case ReportFormats.Matrix:
                EvidenceMatrixBuilder.Build(report, unit, generator, output, known);
                return new(stem + "-evidence-matrix.docx", ResultSheetBuilder.ContentType);
            case ReportFormats.Xlsx:
                SummaryWorkbookBuilder.Build(report, output);
                return new(stem + "-summary.xlsx", SummaryWorkbookBuilder.ContentType);
            default:
                throw new ArgumentException($"unknown format '{format}'; use one of {string.Join(", ", ReportFormats.All)}", nameof(format));
        }
    }
}
