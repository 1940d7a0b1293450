using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// A check parses the Word body and styles once, in the reader, instead of scanning them in the opener first: the
/// refusals must be exactly the opener's (same code, same message naming the part), whichever reads the part.
/// </summary>
public class SinglePassRefusalTests
{
    private const string Dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    public static TheoryData<string, string> HostileParts => new()
    {
        { "word/document.xml", "dtd" },
        { "word/styles.xml", "dtd" },
        { "word/document.xml", "deep" },
        { "word/document.xml", "malformed" },
        { "word/styles.xml", "malformed" },
    };

    private static byte[] Rewrite(string part, Func<string, string> change) =>
        Hostile.HostilePackageTests.Rewrite(Asset(LibreOfficeIlmLayout),
            (name, content) => name == part ? System.Text.Encoding.UTF8.GetBytes(change(System.Text.Encoding.UTF8.GetString(content))) : content);

    [Theory]
    [MemberData(nameof(HostileParts))]
    public void The_check_refuses_a_part_as_the_full_scan_does(string part, string attack)
    {
        var bytes = Rewrite(part, xml => attack switch
        {
            "dtd" => Dtd + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..],
            "deep" => xml.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat("<w:sdt>", 300)) + string.Concat(Enumerable.Repeat("</w:sdt>", 300)), StringComparison.Ordinal),
            _ => xml[..(xml.Length / 2)],
        });
        var scanned = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "diary.docx"));
        var read = Assert.Throws<UploadRejectedException>(() => CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", bytes)], "8585-302"));

        var expected = attack switch { "dtd" => RejectCodes.Dtd, "deep" => RejectCodes.TooDeep, _ => RejectCodes.Malformed };
        Assert.Equal(expected, scanned.Code);
        Assert.Equal(expected, read.Code);
        Assert.Equal(scanned.Message, read.Message);
        Assert.Contains($"'{part}'", read.Message);
    }

    [Fact]
    public void A_check_leaves_the_body_unscanned_only_for_the_reader_that_parses_it()
    {
        // The opener called on its own (rosters, templates, anyone handing the package to the SDK) still scans every part.
        var bytes = Rewrite("word/document.xml", xml => Dtd + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        Assert.Equal(RejectCodes.Dtd, Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "d.docx")).Code);
        var deferred = SafePackageOpener.Open(bytes, "d.docx", scan: XmlPartsScan.AllButWordBody);
        Assert.Equal(PackageFormat.Word, deferred.Format);
    }
}
