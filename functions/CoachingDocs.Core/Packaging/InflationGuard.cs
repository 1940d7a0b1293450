namespace CoachingDocs.Core.Packaging;

/// <summary>
/// A read-only view of one inflating zip entry that counts the bytes really produced (a zip may lie about sizes) and
/// stops with a zip-bomb refusal the moment one part, or all parts together, pass their limits. Because the XML
/// scanner reads through it, a bomb is refused while it inflates, never after.
/// </summary>
internal sealed class InflationGuard(Stream inner, long compressedLength, Func<long, bool> addToTotal, UploadLimits limits, Func<Exception> bomb) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int read)
    {
        _read += read;
        var totalWithinLimit = addToTotal(read);
        if (!totalWithinLimit || _read > limits.MaxEntryInflatedBytes
            || (_read > limits.RatioCheckFloorBytes && _read > (long)limits.MaxCompressionRatio * Math.Max(compressedLength, 1)))
            throw bomb();
        return read;
    }

    /// <summary>Reads what is left, so every byte of every part is counted even when nobody parses it.</summary>
    public void Drain(byte[] buffer)
    {
        while (Read(buffer, 0, buffer.Length) > 0) { }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        // Stryker disable once Statement : Stream.Dispose(bool) does nothing
        base.Dispose(disposing);
    }
}
