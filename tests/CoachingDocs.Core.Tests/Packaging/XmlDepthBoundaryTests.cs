using System.Text;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// MaxXmlDepth is the deepest element nesting allowed (docs/limits.md): elements nested exactly that many levels,
/// text inside the deepest included, are accepted; one level more is REJECT_TOO_DEEP, naming the part and the limit.
/// The opener's scan and the reader's parse draw the line at the same place.
/// </summary>
public class XmlDepthBoundaryTests
{
    private static readonly UploadLimits Limits = UploadLimits.Default with { MaxXmlDepth = 5 };

    private static string Nested(int levels, string inner = "") =>
        string.Concat(Enumerable.Range(0, levels).Select(i => $"<e{i}>")) + inner + string.Concat(Enumerable.Range(0, levels).Reverse().Select(i => $"</e{i}>"));

    private static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));

    public static TheoryData<string> Readers => new() { "scan", "parse" };

    private static void Read(string how, string xml)
    {
        if (how == "scan") XmlPartScanner.Scan(Stream(xml), "diary.docx", "word/document.xml", Limits);
        else XmlSafety.LoadPart(Stream(xml), "diary.docx", "word/document.xml", Limits, default);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Elements_nested_exactly_to_the_limit_with_text_inside_are_accepted(string how)
    {
        Read(how, Nested(5, "Session 1 - 90 minutes"));
        Read(how, Nested(5, "<![CDATA[90 minutes]]>"));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void One_level_more_is_refused_naming_the_part_and_the_limit(string how)
    {
        var ex = Assert.Throws<UploadRejectedException>(() => Read(how, Nested(6)));
        Assert.Equal(RejectCodes.TooDeep, ex.Code);
        Assert.Contains("'word/document.xml'", ex.Message);
        Assert.Contains("more than 5 levels", ex.Message);
        Assert.StartsWith("diary.docx: ", ex.Message);
    }
}
