using System.Collections.Concurrent;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Makes personalised documents and packs from the catalogue and the templates. Every request is checked in full before
/// a byte is written; output is deterministic (fixed timestamps, fixed order), so equal input gives equal bytes.
/// Thread-safe: one instance serves all requests and keeps the shaped per-unit documents it has made.
/// </summary>
public sealed class DocumentGenerator(QualificationCatalogue catalogue, TemplateStore templates) : IDocumentGenerator
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ZipContentType = "application/zip";

    // Shaped documents by (kind, unit, qualification, sessions, clients). Bounded: a request mix that varies sessions
    // and clients widely would otherwise grow it without limit; clearing is cheap, shapes are rebuilt on demand.
    private const int MaxCachedShapes = 2000;
    private readonly ConcurrentDictionary<(string Kind, string Unit, string? Qualification, int Sessions, int Clients), FillableDocument> _shapes = new();

    public DocumentGenerator(QualificationCatalogue catalogue) : this(catalogue, TemplateStore.BuiltIn) { }

    public QualificationCatalogue Catalogue => catalogue;

    public GeneratedFile Generate(DocumentRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (unit, qualification) = Validate(request.Kind, request.UnitId, request.QualificationId, request.Learner, kindRequired: true);
        WriteDocument(request.Kind, unit, qualification, request.Learner, output);
        return new GeneratedFile(FileName(request.Kind, unit, request.Learner), ContentType(request.Kind));
    }

    public GeneratedFile GenerateUnitPack(string unitId, string? qualificationId, LearnerDetails learner, Stream output)
    {
        var (unit, qualification) = Validate(null, unitId, qualificationId, learner, kindRequired: false);
        var zip = new DeterministicZipWriter(output);
        AddUnit(zip, unit, qualification, learner, folder: "");
        zip.Finish();
        return new GeneratedFile(DocumentFileNames.UnitPack(learner.RegistrationNumber, unit.Id), ZipContentType);
    }

    public GeneratedFile GenerateQualificationPack(string qualificationId, LearnerDetails learner, Stream output)
    {
        var problems = new List<InputProblem>();
        var qualification = string.IsNullOrWhiteSpace(qualificationId) ? null : catalogue.FindQualification(qualificationId);
        if (qualification is null)
            problems.Add(new InputProblem("qualificationId", $"'{Shorten(qualificationId)}' is not a qualification in the catalogue; known: {string.Join(", ", catalogue.Qualifications.Select(q => q.Id))}"));
        problems.AddRange(LearnerDetailsValidator.Validate(learner ?? new LearnerDetails()));
        if (problems.Count > 0) throw new InvalidRequestException(problems);

        var zip = new DeterministicZipWriter(output);
        foreach (var unitId in qualification!.MandatoryUnits.Concat(qualification.OptionalUnits).Distinct(StringComparer.OrdinalIgnoreCase))
            if (catalogue.FindUnit(unitId) is { } unit)
                AddUnit(zip, unit, qualification, learner!, folder: DocumentFileNames.Sanitise(unit.Id) + "/");
        zip.Finish();
        return new GeneratedFile(DocumentFileNames.QualificationPack(learner!.RegistrationNumber, qualification.Id), ZipContentType);
    }

    /// <summary>
    /// One unit's document of a kind exactly as <see cref="Generate"/> shapes it (the centre's template when it has one),
    /// with whatever learner details are known and no others: blank values stay blank. For views that fill the form
    /// further, such as the auto-checked result sheet; the caller has already checked the unit.
    /// </summary>
    public void WriteUnitDocument(string kind, Unit unit, LearnerDetails known, Stream output)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(known);
        if (!DocumentKinds.IsKnown(kind)) throw new ArgumentException($"Unknown document kind '{kind}'.", nameof(kind));
        var qualification = catalogue.QualificationsFor(unit.Id).ToList() is [var only] ? only : null;
        WriteDocument(kind, unit, qualification, known, output);
    }

    private void AddUnit(DeterministicZipWriter zip, Unit unit, Qualification? qualification, LearnerDetails learner, string folder)
    {
        foreach (var kind in unit.DocumentKinds.Where(DocumentKinds.IsKnown))
        {
            using var document = new MemoryStream();
            WriteDocument(kind, unit, qualification, learner, document);
            zip.Add(ZipEntryData.Store(folder + FileName(kind, unit, learner), document.GetBuffer().AsMemory(0, (int)document.Length)));
        }
    }

    private void WriteDocument(string kind, Unit unit, Qualification? qualification, LearnerDetails learner, Stream output)
    {
        var sessions = UnitCounts.Sessions(unit, learner.PlannedSessions);
        var clients = learner.ClientRefs.Count;
        var key = (kind, unit.Id, qualification?.Id, sessions, clients);
        if (!_shapes.TryGetValue(key, out var shaped))
        {
            if (_shapes.Count >= MaxCachedShapes) _shapes.Clear();
            shaped = _shapes.GetOrAdd(key, _ => Shape(new ShapeRequest(kind, unit, qualification, sessions, clients, catalogue)));
        }
        shaped.Write(PersonalFields.Values(learner, clients), output);
    }

    private FillableDocument Shape(ShapeRequest request)
    {
        var template = templates.Get(request.Kind);
        var package = request.Kind == DocumentKinds.HoursLog
            ? WorkbookShaper.Shape(template.Content, request, template.Version)
            : WordDocumentShaper.Shape(template.Content, request, template.Version);
        return FillableDocument.FromPackage(package);
    }

    /// <summary>Checks everything a request names; throws with every problem found, before any output.</summary>
    private (Unit Unit, Qualification? Qualification) Validate(string? kind, string unitId, string? qualificationId, LearnerDetails? learner, bool kindRequired)
    {
        var problems = new List<InputProblem>();
        var unit = string.IsNullOrWhiteSpace(unitId) ? null : catalogue.FindUnit(unitId);
        if (unit is null)
            problems.Add(new InputProblem("unitId", string.IsNullOrWhiteSpace(unitId) ? "is required" : $"'{Shorten(unitId)}' is not a unit in the catalogue; known: {string.Join(", ", catalogue.Units.Select(u => u.Id))}"));
        if (kindRequired)
        {
            if (string.IsNullOrWhiteSpace(kind) || !DocumentKinds.IsKnown(kind))
                problems.Add(new InputProblem("kind", $"'{Shorten(kind)}' is not a document kind; known: {string.Join(", ", DocumentKinds.All)}"));
            else if (unit is not null && !unit.DocumentKinds.Contains(kind, StringComparer.Ordinal))
                problems.Add(new InputProblem("kind", $"'{kind}' is not a document of unit {unit.Id}; it has: {string.Join(", ", unit.DocumentKinds)}"));
        }
        Qualification? qualification = null;
        if (!string.IsNullOrWhiteSpace(qualificationId))
        {
            qualification = catalogue.FindQualification(qualificationId);
            if (qualification is null)
                problems.Add(new InputProblem("qualificationId", $"'{Shorten(qualificationId)}' is not a qualification in the catalogue"));
            else if (unit is not null && !qualification.MandatoryUnits.Concat(qualification.OptionalUnits).Contains(unit.Id, StringComparer.OrdinalIgnoreCase))
                problems.Add(new InputProblem("qualificationId", $"'{qualification.Id}' does not include unit {unit.Id}"));
        }
        else if (unit is not null && catalogue.QualificationsFor(unit.Id).ToList() is [var only])
            qualification = only; // the unit belongs to one qualification only: say which on the form
        problems.AddRange(LearnerDetailsValidator.Validate(learner ?? new LearnerDetails()));
        if (problems.Count > 0) throw new InvalidRequestException(problems);
        return (unit!, qualification);
    }

    private static string FileName(string kind, Unit unit, LearnerDetails learner) =>
        DocumentFileNames.Document(learner.RegistrationNumber, unit.Id, kind, DocumentKinds.FileExtension(kind));

    private static string ContentType(string kind) => kind == DocumentKinds.HoursLog ? ExcelContentType : WordContentType;

    /// <summary>Echoes user input back in an error without flooding it (a 2 MB id stays 40 characters).</summary>
    private static string Shorten(string? value) =>
        value is null ? "" : new string(value.Take(40).Select(c => char.IsControl(c) ? '?' : c).ToArray()) + (value.Length > 40 ? "…" : "");
}
