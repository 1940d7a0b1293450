using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

public class LearnerDetailsReaderTests
{
    private static string Row(string label, string value) =>
        $"<w:tr><w:tc><w:p><w:r><w:t>{label}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space=\"preserve\">{value}</w:t></w:r></w:p></w:tc></w:tr>";

    private static string Table(params string[] rows) => $"<w:tbl>{string.Concat(rows)}</w:tbl>";

    private static readonly (string, string, string, string) Nothing = ("", "", "", "");

    private static (string, string, string, string) Fields(LearnerDetails l) => (l.Name, l.RegistrationNumber, l.CentreName, l.CentreNumber);

    private static LearnerDetails Read(params byte[][] files) =>
        LearnerDetailsReader.Read(files.Select((bytes, i) => Upload($"file{i}.docx", bytes)));

    [Fact]
    public void RD020_the_ilm_layout_written_by_LibreOffice_gives_the_coachs_name()
    {
        // Assets/make/make-libreoffice-diary.py writes "Name of Coach | A. Learner" and no registration or centre.
        var learner = Read(Asset(LibreOfficeIlmLayout));
        Assert.Equal("A. Learner", learner.Name);
        Assert.Equal("", learner.RegistrationNumber);
        Assert.Equal("", learner.CentreName);
        Assert.Equal("", learner.CentreNumber);
    }

    [Fact]
    public void A_document_the_generator_made_gives_back_every_detail_it_was_made_with()
    {
        var given = new LearnerDetails { Name = "Jo O'Learner", RegistrationNumber = "R-123456", CentreName = "North & East Centre", CentreNumber = "C 12345" };
        using var stream = new MemoryStream();
        new DocumentGenerator(TestCatalogue.Instance).Generate(new DocumentRequest("coaching-diary", "8585-302", null, given), stream);

        var learner = Read(stream.ToArray());
        Assert.Equal(Fields(given), Fields(learner));
    }

    [Fact]
    public void An_unfilled_form_gives_nothing_its_labels_and_placeholders_are_not_the_learners()
    {
        using var stream = new MemoryStream();
        // The form as the check's views start from it: no learner details at all.
        new DocumentGenerator(TestCatalogue.Instance).WriteUnitDocument("coaching-diary", TestCatalogue.Unit302, new LearnerDetails(), stream);
        Assert.Equal(Nothing, Fields(Read(stream.ToArray())));
        // A label cell followed by another label (an empty form in a learner's own layout) is not a value either.
        Assert.Equal(Nothing, Fields(Read(Docx(Table(Row("Learner Name", "Registration Number"), Row("Centre Name", " "))))));
    }

    [Fact]
    public void Labels_in_cells_and_lines_are_read_and_the_first_file_that_says_wins()
    {
        var first = Docx(Table(Row("Learner Registration No.", "ILM-77"), Row("Centre Number:", "99 001")) +
            "<w:p><w:r><w:t>Learner name: Sam Writer</w:t></w:r></w:p>");
        var second = Docx(Table(Row("Learner Name", "Someone Else"), Row("Centre name", "West College")));

        var learner = Read(first, second);
        Assert.Equal("Sam Writer", learner.Name);
        Assert.Equal("ILM-77", learner.RegistrationNumber);
        Assert.Equal("99 001", learner.CentreNumber);
        Assert.Equal("West College", learner.CentreName);
    }

    [Fact]
    public void Deleted_text_does_not_count_and_a_formula_is_never_taken()
    {
        var tracked = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Learner Name</w:t></w:r></w:p></w:tc><w:tc><w:p>" +
            "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>Old Name</w:delText></w:r></w:del>" +
            "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>New Name</w:t></w:r></w:ins></w:p></w:tc></w:tr></w:tbl>";
        Assert.Equal("New Name", Read(Docx(tracked)).Name);
        Assert.Equal("", Read(Docx(Table(Row("Centre Name", "=HYPERLINK(\"http://x\",\"y\")")))).CentreName);
    }

    [Fact]
    public void Files_that_are_not_word_documents_are_passed_over()
    {
        var learner = Read("junk"u8.ToArray(), Docx(Table(Row("Name of Coach", "Pat Coach"))));
        Assert.Equal("Pat Coach", learner.Name);
    }
}
