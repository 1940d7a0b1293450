using System.Collections.Concurrent;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Api.Tests.Support;

/// <summary>
/// A stand-in generator for the handler tests: it records what the endpoints asked for, so tests can assert that bad
/// input never reaches generation and good input arrives intact. It writes a short marker, not a document.
/// </summary>
public sealed class RecordingDocumentGenerator : IDocumentGenerator
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public Exception? ThrowOnGenerate { get; set; }

    public GeneratedFile Generate(DocumentRequest request, Stream output)
    {
        Record($"document {request.Kind} {request.UnitId} {request.QualificationId} {request.Learner.Name}", output);
        return new GeneratedFile($"{request.UnitId}-{request.Kind}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    public GeneratedFile GenerateUnitPack(string unitId, string? qualificationId, LearnerDetails learner, Stream output)
    {
        Record($"unit-pack {unitId} {qualificationId} {learner.Name}", output);
        return new GeneratedFile($"{unitId}.zip", "application/zip");
    }

    public GeneratedFile GenerateQualificationPack(string qualificationId, LearnerDetails learner, Stream output)
    {
        Record($"qualification-pack {qualificationId} {learner.Name}", output);
        return new GeneratedFile($"{qualificationId}.zip", "application/zip");
    }

    private void Record(string call, Stream output)
    {
        if (ThrowOnGenerate is { } ex) throw ex;
        Calls.Enqueue(call);
        output.Write(System.Text.Encoding.UTF8.GetBytes(call));
    }
}
