using System.Diagnostics;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Bench;

/// <summary>
/// The two generation figures of issue 2: the median time for one personalised 8585-302 coaching diary with 12
/// session blocks, and documents per second per core for whole 8585 Certificate qualification packs (one thread,
/// a different learner every pack, so nothing personal is cached).
/// </summary>
internal static class GenerationBenchmark
{
    private const string DiaryUnit = "8585-302";

    public static int Run(string? catalogueFolder)
    {
        var repository = TemplateStore.FindRepositoryTemplates(AppContext.BaseDirectory) ?? TemplateStore.FindRepositoryTemplates(Environment.CurrentDirectory);
        catalogueFolder ??= repository is null ? null : Path.Combine(repository, "catalogue");
        if (catalogueFolder is null || !File.Exists(Path.Combine(catalogueFolder, CatalogueLoader.IndexFileName)))
        {
            Console.Error.WriteLine($"No catalogue found (looked in {catalogueFolder ?? "templates/catalogue"}); pass the catalogue folder as an argument.");
            return 1;
        }
        var catalogue = CatalogueLoader.Load(catalogueFolder);
        var generator = new DocumentGenerator(catalogue, new TemplateStore(repository));
        if (catalogue.FindUnit(DiaryUnit) is null)
        {
            Console.Error.WriteLine($"The catalogue has no unit {DiaryUnit}.");
            return 1;
        }
        var certificate = catalogue.QualificationsFor(DiaryUnit)
            .OrderByDescending(q => q.MandatoryUnits.Count + q.OptionalUnits.Count).First();

        Console.WriteLine($"CoachingDocs generation benchmark  (.NET {Environment.Version}, {Environment.ProcessorCount} logical cores, one thread used)");
        Diary(generator);
        Packs(generator, catalogue, certificate);
        return 0;
    }

    private static LearnerDetails Learner(int n) => new()
    {
        Name = $"Learner Number {n}", RegistrationNumber = $"REG{n:000000}", CentreName = "Benchmark Centre", CentreNumber = "C0001",
        AssessorName = "A. Assessor", ClientRefs = ["CL-01"], PlannedSessions = 12,
        StartDate = new DateOnly(2025, 1, 6), EndDate = new DateOnly(2025, 7, 4),
    };

    private static void Diary(DocumentGenerator generator)
    {
        var output = new MemoryStream();
        var request = new DocumentRequest(DocumentKinds.CoachingDiary, DiaryUnit, null, Learner(0));
        var cold = Stopwatch.StartNew();
        generator.Generate(request, output);
        cold.Stop();
        var size = output.Length;

        var times = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            output.SetLength(0);
            var watch = Stopwatch.StartNew();
            generator.Generate(request with { Learner = Learner(i) }, output);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"8585-302 coaching diary, 12 session blocks ({size / 1024.0:F1} KB):");
        Console.WriteLine($"  first (shapes the unit's document): {cold.Elapsed.TotalMilliseconds:F1} ms");
        Console.WriteLine($"  median: {times[times.Count / 2]:F3} ms   p90: {times[(int)(times.Count * 0.9)]:F3} ms   ({times.Count} runs)");
    }

    private static void Packs(DocumentGenerator generator, QualificationCatalogue catalogue, Qualification qualification)
    {
        var documentsPerPack = qualification.MandatoryUnits.Concat(qualification.OptionalUnits).Distinct()
            .Sum(id => catalogue.FindUnit(id)?.DocumentKinds.Count ?? 0);
        var output = new MemoryStream();
        generator.GenerateQualificationPack(qualification.Id, Learner(0), output); // warm: shapes every unit's documents once
        var processor = Process.GetCurrentProcess();
        var cpuBefore = processor.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var packs = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            output.SetLength(0);
            generator.GenerateQualificationPack(qualification.Id, Learner(++packs), output);
        }
        watch.Stop();
        processor.Refresh();
        var cpu = (processor.TotalProcessorTime - cpuBefore).TotalSeconds;
        var documents = packs * documentsPerPack;
        Console.WriteLine($"Qualification pack {qualification.Id} ({documentsPerPack} documents, {output.Length / 1024.0:F0} KB a pack):");
        Console.WriteLine($"  {packs} packs in {watch.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU");
        Console.WriteLine($"  documents per second per core: {documents / watch.Elapsed.TotalSeconds:F0} (wall, one thread)  {documents / cpu:F0} (per CPU second)");
    }
}
