using System.Text;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Issue 9: a Windows-1252 roster read as UTF-8 ("Zoë" became "Zo_"), and one open quote lost every row after it.</summary>
public class RosterTextTests
{
    private const string Header = "Learner name,Registration number,Centre name,Centre number,Qualification\n";

    private static RosterReadResult Read(byte[] bytes) =>
        RosterReader.Read(new MemoryStream(bytes), CoachingDocs.Core.Tests.Roster.TestCatalogue.Create());

    private static string Qualification => CoachingDocs.Core.Tests.Roster.TestCatalogue.Create().Qualifications.First().Id;

    [Fact]
    public void A_windows_1252_roster_is_decoded_as_such_and_said()
    {
        var csv = Header + $"Zoë Brontë,R1,Centre,C1,{Qualification}\n";
        var result = Read(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv));
        Assert.Equal("Zoë Brontë", Assert.Single(result.Learners).Learner.Name);
        Assert.Contains("Windows-1252", Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf8_roster_with_or_without_a_bom_needs_no_warning(bool bom)
    {
        var bytes = Encoding.UTF8.GetBytes(Header + $"Zoë Brontë,R1,Centre,C1,{Qualification}\n");
        var result = Read(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        Assert.Equal("Zoë Brontë", Assert.Single(result.Learners).Learner.Name);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_unmatched_quote_costs_its_own_row_only()
    {
        var q = Qualification;
        var csv = Header + $"Ann,R1,Centre,C1,{q}\n\"Bob,R2,Centre,C1,{q}\n" + string.Concat(Enumerable.Range(3, 8).Select(i => $"L{i},R{i},Centre,C1,{q}\n"));
        var result = Read(Encoding.UTF8.GetBytes(csv));
        Assert.Equal(["Ann", .. Enumerable.Range(3, 8).Select(i => $"L{i}")], result.Learners.Select(l => l.Learner.Name));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("never closed", problem.Message);
    }

    [Fact]
    public void A_quoted_value_over_two_lines_is_still_one_value()
    {
        var csv = Header + $"\"Ann\nExample\",R1,Centre,C1,{Qualification}\n";
        var result = Read(Encoding.UTF8.GetBytes(csv));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("never closed", StringComparison.Ordinal));
    }
}
