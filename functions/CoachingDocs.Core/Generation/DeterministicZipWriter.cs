using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// A minimal zip writer (no zip64, no encryption) with two things System.IO.Compression cannot do: write an entry whose
/// deflated bytes were computed earlier (a template part that no personalisation touches is compressed once and then
/// copied into every document), and give every entry the same fixed timestamp so equal input gives equal bytes.
/// Works on forward-only streams: sizes and CRC are known before each entry is written.
/// </summary>
internal sealed class DeterministicZipWriter(Stream output)
{
    // 1 January 2025 00:00 in MS-DOS format; matches CoreProperties.FixedTimestamp.
    private const ushort DosTime = 0;
    private const ushort DosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
    private const ushort Utf8Names = 1 << 11;

    private readonly List<(ZipEntryData Entry, long Offset)> _written = [];
    private long _position;

    public void Add(ZipEntryData entry)
    {
        if (_written.Count >= ushort.MaxValue || _position + entry.Data.Length >= uint.MaxValue)
            throw new InvalidOperationException("The zip is too large for this writer (no zip64).");
        _written.Add((entry, _position));
        var name = Encoding.UTF8.GetBytes(entry.Name);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)entry.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)entry.UncompressedLength);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        Write(header);
        Write(name);
        Write(entry.Data.Span);
    }

    /// <summary>Writes the central directory. Call once, after the last entry.</summary>
    public void Finish()
    {
        var start = _position;
        Span<byte> record = stackalloc byte[46];
        foreach (var (entry, offset) in _written)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            record.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(record, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(record[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(record[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(record[8..], Utf8Names);
            BinaryPrimitives.WriteUInt16LittleEndian(record[10..], entry.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(record[12..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(record[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(record[16..], entry.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(record[20..], (uint)entry.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[24..], (uint)entry.UncompressedLength);
            BinaryPrimitives.WriteUInt16LittleEndian(record[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[42..], (uint)offset);
            Write(record);
            Write(name);
        }
        var size = _position - start;
        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        Write(end);
        output.Flush();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _position += bytes.Length;
    }
}

/// <summary>One zip entry ready to write: its data already deflated (method 8) or stored as is (method 0).</summary>
internal sealed record ZipEntryData(string Name, ushort Method, uint Crc, ReadOnlyMemory<byte> Data, long UncompressedLength)
{
    public const ushort Stored = 0;
    public const ushort Deflated = 8;

    public static ZipEntryData Deflate(string name, ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(buffer, level, leaveOpen: true)) deflate.Write(content);
        return new ZipEntryData(name, Deflated, Crc32.Compute(content), buffer.GetBuffer().AsMemory(0, (int)buffer.Length), content.Length);
    }

    /// <summary>Already-compressed content (a .docx inside a pack) is stored: deflating it again would gain nothing.</summary>
    public static ZipEntryData Store(string name, ReadOnlyMemory<byte> content) =>
        new(name, Stored, Crc32.Compute(content.Span), content, content.Length);
}
