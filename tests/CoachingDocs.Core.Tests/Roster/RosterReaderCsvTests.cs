using System.Text;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Core.Tests.Roster;

public class RosterReaderCsvTests
{
    private const string Header = "Learner name,Registration number,Centre name,Centre number,Qualification,Units,Assessor,Client references,Start date";

    private static RosterReadResult Read(string csv) =>
        RosterReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), TestCatalogue.Create());

    [Fact]
    public void Good_rows_become_learners_with_every_column()
    {
        var result = Read(Header + "\nJane Smith,ILM0001,North Centre,C123,8585-L3-CERT,300; 302,A. Assessor,CL-A;CL-B,14/03/2025\n");

        Assert.Empty(result.Problems);
        var entry = Assert.Single(result.Learners);
        Assert.Equal(2, entry.Row);
        Assert.Equal("Jane Smith", entry.Learner.Name);
        Assert.Equal("ILM0001", entry.Learner.RegistrationNumber);
        Assert.Equal("C123", entry.Learner.CentreNumber);
        Assert.Equal("A. Assessor", entry.Learner.AssessorName);
        Assert.Equal(["CL-A", "CL-B"], entry.Learner.ClientRefs);
        Assert.Equal(new DateOnly(2025, 3, 14), entry.Learner.StartDate);
        Assert.Equal("8585-L3-CERT", entry.QualificationId);
        Assert.Equal(["8585-300", "8585-302"], entry.Units);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_row_number_and_reason_and_good_rows_go_ahead()
    {
        var csv = Header + "\n" +
            "Good One,R1,Centre,C1,8585-L3-CERT,,,,2025-01-10\n" +          // row 2: good
            ",R2,Centre,C1,8585-L3-CERT,,,,\n" +                         // row 3: no name
            "=HYPERLINK(\"x\"),R3,Centre,C1,8585-L3-CERT,,,,\n" +          // row 4: formula
            "Bad Date,R4,Centre,C1,8585-L3-CERT,,,,31/02/2025\n" +        // row 5: impossible date
            "Bad Unit,R5,Centre,C1,8585-L3-CERT,301,,,\n" +               // row 6: unit not in qualification
            "Bad Qual,R6,Centre,C1,NOPE,,,,\n" +                          // row 7: unknown qualification
            "Twice,R1,Centre,C1,8585-L3-CERT,,,,\n" +                     // row 8: duplicate registration number
            "Path,../R8,Centre,C1,8585-L3-CERT,,,,\n" +                   // row 9: path in registration number
            "Good Two,R9,Centre,C1,L3 nope is title?,,,,\n".Replace("L3 nope is title?", "ILM Level 3 Certificate in Effective Coaching"); // row 10: good, by title

        var result = Read(csv);

        Assert.Equal(["Good One", "Good Two"], result.Learners.Select(l => l.Learner.Name));
        Assert.Equal([2, 10], result.Learners.Select(l => l.Row));
        Assert.Equal("8585-L3-CERT", result.Learners[1].QualificationId);
        var byRow = result.Problems.ToDictionary(p => p.Row);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], byRow.Keys.Order());
        Assert.Equal((RosterColumns.LearnerName, "is required"), (byRow[3].Column, byRow[3].Message));
        Assert.Contains("formula", byRow[4].Message);
        Assert.Equal(RosterColumns.StartDate, byRow[5].Column);
        Assert.Contains("'31/02/2025' is not a date", byRow[5].Message);
        Assert.Equal(RosterColumns.Units, byRow[6].Column);
        Assert.Contains("'301' is not a unit of 8585-L3-CERT", byRow[6].Message);
        Assert.Contains("'NOPE' is not a qualification", byRow[7].Message);
        Assert.Contains("earlier row", byRow[8].Message);
        Assert.Equal(RosterColumns.RegistrationNumber, byRow[9].Column);
        Assert.Equal("row 3, Learner name: is required", byRow[3].ToString());
    }

    [Fact]
    public void Semicolon_separated_file_with_bom_aliases_quotes_and_blank_lines_reads()
    {
        var csv = "\uFEFFName;Reg. No;Centre;Centre No;Qualification;Clients\n\n\"Smith, Jane\";R1;\"North; South\";C1;8585-L3-CERT;\"A, B\"\n";
        var result = Read(csv);

        Assert.Empty(result.Problems);
        var entry = Assert.Single(result.Learners);
        Assert.Equal(3, entry.Row);
        Assert.Equal("Smith, Jane", entry.Learner.Name);
        Assert.Equal("North; South", entry.Learner.CentreName);
        Assert.Equal(["A", "B"], entry.Learner.ClientRefs);
        Assert.Empty(entry.Units);
    }

    [Fact]
    public void A_header_without_required_columns_is_refused_naming_them()
    {
        var ex = Assert.Throws<RosterFormatException>(() => Read("Name,Centre\nJane,North\n"));
        Assert.Contains("'Registration number'", ex.Message);
        Assert.Contains("'Qualification'", ex.Message);
    }

    [Fact]
    public void An_empty_file_and_a_header_only_file_are_refused()
    {
        Assert.Throws<RosterFormatException>(() => Read(""));
        var ex = Assert.Throws<RosterFormatException>(() => Read(Header + "\n"));
        Assert.Contains("no learners", ex.Message);
    }

    [Fact]
    public void A_roster_larger_than_the_limit_is_refused()
    {
        var csv = new StringBuilder(Header + "\n");
        for (var i = 0; i < 6; i++) csv.Append($"L {i},R{i},Centre,C1,8585-L3-CERT,,,,\n");
        var ex = Assert.Throws<RosterFormatException>(() =>
            RosterReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), TestCatalogue.Create(), maxLearners: 5));
        Assert.Contains("more than 5", ex.Message);
    }

    [Fact]
    public void Problems_quote_long_cells_shortened_without_control_characters()
    {
        var longUnit = new string('9', 5000);
        var result = Read(Header + $"\nJane,R1,Centre,C1,8585-L3-CERT,\"{longUnit}\",,,\n");
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Message.Length < 200, problem.Message);
    }
}
