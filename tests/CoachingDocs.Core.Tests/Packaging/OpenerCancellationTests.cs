using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>docs/limits.md: the opener looks at the check's token per part, so a cancelled check opens nothing, however small.</summary>
public class OpenerCancellationTests
{
    [Fact]
    public void A_cancelled_token_stops_the_opener_even_for_a_small_package()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SafePackageOpener.Open(HandWrittenPackage.Build(), "diary.docx", cancellation: cancelled.Token));
    }
}
