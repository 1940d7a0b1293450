using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// A check that cannot run says so with a stable code and a sentence that names what is wrong and what to do (the
/// messages are shown to learners as they are: docs/reading.md "Calling it").
/// </summary>
public class CheckRefusalTests
{
    private static byte[] Diary(string? unit) => Docx(P("Session 1 — 06/01/2025 — 60 minutes") + P("Client C1: delegation."), identityUnit: unit);

    private static UploadRejectedException Refused(IReadOnlyList<UploadedFile> files, string? unit, UploadLimits? limits = null) =>
        Assert.Throws<UploadRejectedException>(() => CheckRunner.Run(TestCatalogue.Instance, files, unit, limits));

    [Fact]
    public void No_files_is_refused_for_the_request()
    {
        var refused = Refused([], "8585-302");
        Assert.Equal(RejectCodes.NoFiles, refused.Code);
        Assert.Equal("(request)", refused.FileName);
        Assert.Contains("no files were sent", refused.Problem);
    }

    [Fact]
    public void More_files_than_the_limit_are_refused_with_both_numbers_and_the_limit_itself_is_checked()
    {
        var limits = new UploadLimits { MaxFiles = 2 };
        var three = Enumerable.Range(1, 3).Select(i => Upload($"diary{i}.docx", Diary("8585-302"))).ToList();
        var refused = Refused(three, "8585-302", limits);
        Assert.Equal(RejectCodes.TooManyFiles, refused.Code);
        Assert.Contains("3 files sent; at most 2", refused.Problem);

        var report = CheckRunner.Run(TestCatalogue.Instance, three.Take(2).Select(f => Upload(f.FileName, Diary("8585-302"))).ToList(), "8585-302", limits);
        Assert.Equal(2, report.Documents.Count);
    }

    [Fact]
    public void An_unknown_unit_asked_for_lists_the_units_there_are()
    {
        var refused = Refused([Upload("diary.docx", Diary(null))], "9999-999");
        Assert.Equal(RejectCodes.UnitUnknown, refused.Code);
        Assert.Contains("unit '9999-999' is not in the catalogue", refused.Problem);
        Assert.Contains("known units: ", refused.Problem);
        foreach (var id in new[] { "8585-302", "L5-502", "8585-303", "D3.03", "8585-301" }) Assert.Contains(id, refused.Problem);
    }

    [Fact]
    public void An_empty_unit_parameter_means_the_documents_decide()
    {
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", Diary("L5-502"))], "");
        Assert.Equal("L5-502", report.Unit.Id);
    }

    [Fact]
    public void Files_for_two_units_are_refused_naming_both()
    {
        var refused = Refused([Upload("a.docx", Diary("8585-302")), Upload("b.docx", Diary("L5-502"))], null);
        Assert.Equal(RejectCodes.MixedUnits, refused.Code);
        Assert.Contains("different units (8585-302, L5-502)", refused.Problem);
    }

    [Fact]
    public void Files_that_name_no_unit_ask_for_the_unit_parameter()
    {
        var refused = Refused([Upload("diary.docx", Diary(null))], null);
        Assert.Equal(RejectCodes.UnitUnknown, refused.Code);
        Assert.Contains("none of the files says which unit", refused.Problem);
    }

    [Fact]
    public void Files_for_a_unit_the_catalogue_lacks_name_it()
    {
        var refused = Refused([Upload("diary.docx", Diary("8580-501"))], null);
        Assert.Equal(RejectCodes.UnitUnknown, refused.Code);
        Assert.Contains("the files are for unit '8580-501', which is not in the catalogue", refused.Problem);
    }

    [Fact]
    public void A_file_for_another_unit_than_asked_names_its_kind_and_both_units()
    {
        var refused = Refused([Upload("diary.docx", Diary("L5-502"))], "8585-302");
        Assert.Equal(RejectCodes.OtherUnit, refused.Code);
        Assert.Equal("diary.docx", refused.FileName);
        Assert.Contains("is a coaching-diary for unit L5-502, not 8585-302 as asked", refused.Problem);
    }

    [Fact]
    public void A_package_whose_parts_are_damaged_says_to_save_it_again()
    {
        // A zip with a Word content-types list whose main part is not XML at all.
        var broken = Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"u8.ToArray()),
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"u8.ToArray()),
            ("word/document.xml", "this is not xml"u8.ToArray()));
        var refused = Refused([Upload("diary.docx", broken)], "8585-302");
        Assert.Equal("diary.docx", refused.FileName);
        Assert.Contains("diary.docx", refused.Message);
        Assert.False(string.IsNullOrWhiteSpace(refused.Problem));
    }
}
