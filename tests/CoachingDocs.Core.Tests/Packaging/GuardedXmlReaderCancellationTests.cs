using System.Text;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md: the reader's parse looks at the check's token every 512 nodes, and a long text node is read past in
/// chunks that also look at it, so a cancelled check stops inside a big part, not after it.
/// </summary>
public class GuardedXmlReaderCancellationTests
{
    private static void LoadCancelled(string xml)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        XmlSafety.LoadPart(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "diary.docx", "word/document.xml", UploadLimits.Default, cancelled.Token);
    }

    [Fact]
    public void A_part_of_many_nodes_is_not_parsed_to_its_end_once_cancelled()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Session 1 - 90 minutes</p>", 2_000));
        Assert.ThrowsAny<OperationCanceledException>(() => LoadCancelled($"<body>{paragraphs}</body>"));
    }

    [Fact]
    public void A_huge_text_node_is_not_read_past_to_its_end_once_cancelled()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => LoadCancelled($"<t>{new string('x', 1_000_000)}</t>"));
    }
}
