using System.Diagnostics;
using System.Text;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Issue 9: every check can be cancelled (client gone, server stopping, Ctrl+C) and then answers nothing.</summary>
public class CancellationTests
{
    /// <summary>A diary of <paramref name="sessions"/> free-text sessions: large enough that reading it takes seconds.</summary>
    private static byte[] BigDiary(int sessions)
    {
        var body = new StringBuilder();
        for (var i = 0; i < sessions; i++)
            body.Append($"<w:p><w:r><w:t>Session {i + 1} — {new DateOnly(2025, 1, 1).AddDays(i % 300):dd/MM/yyyy} — 75 minutes</w:t></w:r></w:p>")
                .Append($"<w:p><w:r><w:t>Client C{i % 5}: delegation and the week's priorities.</w:t></w:r></w:p>");
        return Docx(body.ToString());
    }

    [Fact]
    public void A_cancelled_token_stops_the_check_before_anything_is_read()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", BigDiary(10))], "L5-502", cancellation: cancelled.Token));
    }

    [Fact]
    public void Cancelling_during_the_check_of_a_big_document_stops_it_promptly_with_no_report()
    {
        // The token is cancelled while the check is under way (the moment the opener first reads the upload), not after
        // a fixed delay: on a quiet machine the whole check can finish before any delay long enough for a busy one.
        using var cancellation = new CancellationTokenSource();
        var cancelledAt = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        cancellation.Token.Register(() => cancelledAt = clock.Elapsed);
        var upload = new UploadedFile("diary.docx", new CancelOnFirstRead(BigDiary(40_000), cancellation));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CheckRunner.Run(TestCatalogue.Instance, [upload], "L5-502", cancellation: cancellation.Token));
        var stoppedAfter = clock.Elapsed - cancelledAt;

        Assert.True(cancelledAt > TimeSpan.Zero, "the token fired during the check");
        // The reader looks at the token every few hundred nodes; a second is far more than that needs, even on a busy machine.
        Assert.True(stoppedAfter < TimeSpan.FromSeconds(1), $"the check went on for {stoppedAfter.TotalMilliseconds:0} ms after it was cancelled");
    }

    [Fact]
    public void The_spreadsheet_reader_stops_on_a_cancelled_token_and_reads_the_same_workbook_without_one()
    {
        // The opener has already scanned the workbook (with the token) when the reader parses its sheets a second time:
        // a long log must be stoppable there too, not only while the upload is opened.
        var rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Client</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Date</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Hours</t></is></c></row>");
        for (var i = 2; i <= 2_001; i++)
            rows.Append($"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>C{i % 4}</t></is></c><c r=\"B{i}\" t=\"inlineStr\"><is><t>{new DateOnly(2025, 1, 1).AddDays(i % 300):dd/MM/yyyy}</t></is></c><c r=\"C{i}\"><v>1.5</v></c></row>");
        var workbook = Xlsx("Log", rows.ToString());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CoachingDocs.Core.Reading.ExcelHoursLogReader.Read(SafePackageOpener.Open(workbook, "log.xlsx"), cancelled.Token));
        var read = CoachingDocs.Core.Reading.ExcelHoursLogReader.Read(SafePackageOpener.Open(workbook, "log.xlsx"));
        Assert.Equal(2_000, read.Sessions.Count);
    }

    /// <summary>An upload that cancels the check's token as soon as the check starts reading it.</summary>
    private sealed class CancelOnFirstRead(byte[] bytes, CancellationTokenSource cancellation) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            cancellation.Cancel();
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            cancellation.Cancel();
            return base.Read(buffer);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellation.Cancel();
            return base.ReadAsync(buffer, offset, count, cancellationToken);
        }

        public override void CopyTo(Stream destination, int bufferSize)
        {
            cancellation.Cancel();
            base.CopyTo(destination, bufferSize);
        }
    }
}
