using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Which values LearnerDetailsReader takes as typed by a person: the length each field allows (a name up to 100
/// characters, a registration or centre number up to 40), a Word placeholder or prompt is not one, a value cell inside a
/// content control is still the value, and the upload limits given are the ones applied. Documents are hand-written XML.
/// </summary>
public class LearnerDetailsValueTests
{
    private static LearnerDetails Read(byte[] docx, UploadLimits? limits = null) =>
        LearnerDetailsReader.Read([Upload("details.docx", docx)], limits);

    private static byte[] Labelled(string label, string value) => Docx(Table(Row(label, value)));

    // Words of a long name, cut to exactly the given length (checked: a cut ending on a space would be trimmed shorter).
    private static string NameOfLength(int length) =>
        LabelReaderDocument.OfLength(string.Concat(Enumerable.Repeat("Anna Maria ", 20))[..length].TrimEnd(), length);

    [Fact]
    public void A_name_may_be_100_characters_and_no_longer()
    {
        var at100 = NameOfLength(100);
        Assert.Equal(at100, Read(Labelled("Learner Name", at100)).Name);
        Assert.Equal("", Read(Labelled("Learner Name", NameOfLength(101))).Name);
    }

    [Fact]
    public void A_name_longer_than_a_number_may_be_is_still_a_name()
    {
        const string name = "Maria Fernanda de los Santos Rodriguez-Oliveira"; // 47 characters
        Assert.Equal(name, Read(Labelled("Name of Coach", name)).Name);
        Assert.Equal("Northumberland and Tyne Valley Adult Learning Centre", Read(Labelled("Centre Name", "Northumberland and Tyne Valley Adult Learning Centre")).CentreName);
    }

    [Theory]
    [InlineData("Learner Registration No.")]
    [InlineData("Centre Number")]
    public void A_registration_or_centre_number_may_be_40_characters_and_no_longer(string label)
    {
        var at40 = new string('7', 40);
        static (string, string) Numbers(LearnerDetails l) => (l.RegistrationNumber, l.CentreNumber);
        var expected40 = label.StartsWith("Learner", StringComparison.Ordinal) ? (at40, "") : ("", at40);
        Assert.Equal(expected40, Numbers(Read(Labelled(label, at40))));
        Assert.Equal(("", ""), Numbers(Read(Labelled(label, at40 + "7"))));
    }

    [Theory]
    [InlineData("Click or tap here to enter text.")]
    [InlineData("click or tap to enter a date")]
    [InlineData("Enter your name")]
    [InlineData("Enter name here")]
    public void Word_placeholders_and_prompts_are_not_values(string prompt)
    {
        Assert.Equal("", Read(Labelled("Learner Name", prompt)).Name);
    }

    [Fact]
    public void A_word_that_only_starts_like_a_prompt_is_a_value()
    {
        Assert.Equal("Enterprise Skills Academy", Read(Labelled("Centre Name", "Enterprise Skills Academy")).CentreName);
    }

    [Fact]
    public void A_field_still_showing_its_placeholder_is_empty_and_a_typed_one_is_read()
    {
        var placeholder = Sdt("cd1:f:learnerName", P("Type your name"), placeholder: true);
        Assert.Equal("", Read(Docx(placeholder)).Name);
        Assert.Equal("Sam Writer", Read(Docx(Sdt("cd1:f:learnerName", P("Sam Writer")))).Name);
    }

    [Fact]
    public void A_value_cell_inside_a_content_control_is_read()
    {
        var row = "<w:tr>" + Cell("Learner Name") +
            "<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent>" + Cell("Robin Taylor") + "</w:sdtContent></w:sdt></w:tr>";
        Assert.Equal("Robin Taylor", Read(Docx(Table(row))).Name);
    }

    [Fact]
    public void The_upload_limits_given_are_the_ones_applied()
    {
        var docx = Labelled("Learner Name", "Sam Writer");
        Assert.Equal("Sam Writer", Read(docx).Name);
        // A file over the given size limit is not opened here (the check itself says it is too large).
        Assert.Equal("", Read(docx, UploadLimits.Default with { MaxUploadBytes = 100 }).Name);
    }
}
