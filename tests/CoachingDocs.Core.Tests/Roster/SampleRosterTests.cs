using CoachingDocs.Core.Roster;
using CoachingDocs.Core.Tests.Generation;

namespace CoachingDocs.Core.Tests.Roster;

/// <summary>The sample rosters in templates/samples against the real catalogue; roster.xlsx was made from roster.csv by LibreOffice.</summary>
public class SampleRosterTests
{
    private static RosterReadResult Read(string file)
    {
        using var stream = File.OpenRead(Path.Combine(SampleCatalogue.RepositoryRoot()!, "templates", "samples", file));
        return RosterReader.Read(stream, SampleCatalogue.Catalogue);
    }

    [Fact]
    public void The_sample_csv_reads_cleanly_against_the_catalogue()
    {
        var result = Read("roster.csv");
        Assert.Empty(result.Problems);
        Assert.Equal(8, result.Learners.Count);
        Assert.Equal(["8585-302"], result.Learners[2].Units);
        Assert.Equal(["8585-300", "8585-303"], result.Learners[3].Units);
        Assert.Equal("Chloé Martin", result.Learners[2].Learner.Name);
        Assert.Equal(new DateOnly(2025, 3, 3), result.Learners[0].Learner.StartDate);
    }

    [Fact]
    public void The_libreoffice_xlsx_gives_the_same_learners_as_the_csv()
    {
        var csv = Read("roster.csv").Learners;
        var xlsx = Read("roster.xlsx");
        Assert.Empty(xlsx.Problems);
        Assert.Equal(csv.Select(e => (e.Row, e.QualificationId, string.Join(",", e.Units))), xlsx.Learners.Select(e => (e.Row, e.QualificationId, string.Join(",", e.Units))));
        Assert.Equal(csv.Select(e => e.Learner with { ClientRefs = [] }), xlsx.Learners.Select(e => e.Learner with { ClientRefs = [] }));
        Assert.Equal(csv.Select(e => string.Join(";", e.Learner.ClientRefs)), xlsx.Learners.Select(e => string.Join(";", e.Learner.ClientRefs)));
    }
}
