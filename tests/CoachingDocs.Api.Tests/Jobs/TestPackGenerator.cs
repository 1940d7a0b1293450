using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>
/// A stand-in generator for the job tests (the job machinery is under test, not the documents): small zips saying
/// what was asked for; can hold a learner until released, or crash on one, to test cancel and resume.
/// </summary>
public sealed class TestPackGenerator : IDocumentGenerator
{
    public ConcurrentBag<string> Calls { get; } = [];
    public string? HoldAt { get; set; }
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GeneratedFile Generate(DocumentRequest request, Stream output) => throw new NotSupportedException();

    public GeneratedFile GenerateUnitPack(string unitId, string? qualificationId, LearnerDetails learner, Stream output) =>
        GenerateQualificationPack(qualificationId ?? "", learner, output);

    public GeneratedFile GenerateQualificationPack(string qualificationId, LearnerDetails learner, Stream output)
    {
        if (learner.RegistrationNumber == HoldAt)
        {
            Reached.TrySetResult();
            Release.Task.Wait(TimeSpan.FromSeconds(30));
        }
        Calls.Add(learner.RegistrationNumber);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var unit in new[] { "8585-300", "8585-302" })
        {
            using var writer = new StreamWriter(zip.CreateEntry($"{unit}/coaching-diary.docx").Open(), Encoding.UTF8);
            writer.Write($"{unit} {learner.RegistrationNumber}");
        }
        return new GeneratedFile("pack.zip", "application/zip");
    }

    public static QualificationCatalogue Catalogue()
    {
        static Unit Unit(string id) => new(id, null, "8585", "Unit " + id, 3, 4, 20, "portfolio",
            [new LearningOutcome("1", "Understand", [new AssessmentCriterion("1.1", "Explain", null, null, [])])], [], [], null, null);
        return new QualificationCatalogue("test",
            [new Qualification("8585-L3-CERT", "ILM Level 3 Certificate in Effective Coaching", 3, "8585", "8585-03",
                ["8585-300", "8585-302", "8585-303"], [], 13, 13, null, null, null)],
            [Unit("8585-300"), Unit("8585-302"), Unit("8585-303")]);
    }
}
