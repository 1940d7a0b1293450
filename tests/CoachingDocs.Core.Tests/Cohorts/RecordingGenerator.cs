using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Core.Tests.Cohorts;

/// <summary>
/// A generator for testing the cohort builder's orchestration on its own: writes a small zip whose entries say what was
/// asked for, counts calls, refuses learners named "Refuse Me", and can fail or block on a chosen learner.
/// </summary>
internal sealed class RecordingGenerator : IDocumentGenerator
{
    public ConcurrentBag<string> Calls { get; } = [];
    public string? ThrowFor { get; set; }
    public Func<string, Task>? Before { get; set; }

    public GeneratedFile Generate(DocumentRequest request, Stream output) => throw new NotSupportedException();

    public GeneratedFile GenerateUnitPack(string unitId, string? qualificationId, LearnerDetails learner, Stream output)
    {
        Record(learner, unitId);
        WriteZip(output, [($"{unitId}/coaching-diary.docx", $"{unitId} diary for {learner.RegistrationNumber}"), ($"{unitId}/notes.txt", "notes")]);
        return new GeneratedFile("unit.zip", "application/zip");
    }

    public GeneratedFile GenerateQualificationPack(string qualificationId, LearnerDetails learner, Stream output)
    {
        Record(learner, qualificationId);
        WriteZip(output, [("8585-300/assignment-cover.docx", "cover " + learner.RegistrationNumber), ("8585-302/coaching-diary.docx", "diary " + learner.Name)]);
        return new GeneratedFile("pack.zip", "application/zip");
    }

    private void Record(LearnerDetails learner, string what)
    {
        Before?.Invoke(learner.RegistrationNumber).GetAwaiter().GetResult();
        if (learner.Name == "Refuse Me")
            throw new InvalidRequestException("clientRefs[0]", "is required");
        if (learner.RegistrationNumber == ThrowFor)
            throw new IOException("simulated crash");
        Calls.Add(learner.RegistrationNumber + ":" + what);
    }

    private static void WriteZip(Stream output, (string Name, string Text)[] entries)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
            writer.Write(text);
        }
    }
}
