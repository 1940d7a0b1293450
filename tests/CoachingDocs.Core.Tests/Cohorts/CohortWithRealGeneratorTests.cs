using System.IO.Compression;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Roster;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Core.Tests.Cohorts;

/// <summary>The sample roster through the real generator: every learner's pack, valid documents, the same bytes twice.</summary>
public class CohortWithRealGeneratorTests
{
    private static async Task<byte[]> BuildAsync(int parallelism)
    {
        using var roster = File.OpenRead(Path.Combine(SampleCatalogue.RepositoryRoot()!, "templates", "samples", "roster.csv"));
        var learners = RosterReader.Read(roster, SampleCatalogue.Catalogue).Learners;
        var output = new MemoryStream();
        var result = await new CohortPackBuilder(new DocumentGenerator(SampleCatalogue.Catalogue), new CohortSettings { MaxParallelism = parallelism }).BuildAsync(learners, output);
        Assert.Empty(result.Failures);
        return output.ToArray();
    }

    [Fact]
    public async Task The_sample_roster_gives_valid_packs_in_learner_folders_byte_identically()
    {
        var first = await BuildAsync(1);
        var second = await BuildAsync(4);
        Assert.Equal(first, second);

        using var zip = new ZipArchive(new MemoryStream(first));
        var folders = zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().ToList();
        Assert.Equal(8, folders.Count);
        Assert.Equal("ILM24-0003 Chloé Martin", folders[2]);
        // Chloé takes 8585-302 only; Amelia the whole certificate.
        Assert.All(zip.Entries.Where(e => e.FullName.StartsWith(folders[2] + "/")), e => Assert.StartsWith(folders[2] + "/8585-302/", e.FullName));
        var amelia = zip.Entries.Where(e => e.FullName.StartsWith(folders[0] + "/")).Select(e => e.FullName).ToList();
        Assert.Contains(amelia, n => n.Contains("8585-300"));
        Assert.Contains(amelia, n => n.Contains("8585-303"));

        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019); // as the generator's own tests: repeating sections are Word 2013+
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(folders[2] + "/")))
        {
            var copy = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(copy);
            copy.Position = 0;
            using OpenXmlPackage document = entry.FullName.EndsWith(".xlsx") ? SpreadsheetDocument.Open(copy, false) : WordprocessingDocument.Open(copy, false);
            Assert.Empty(validator.Validate(document));
        }
    }
}
