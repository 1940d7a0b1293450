using System.Text;

namespace CoachingDocs.Core.Packaging;

/// <summary>
/// Looks inside an OLE compound file (signature D0 CF 11 E0) just far enough to say what it is: an encrypted Office
/// 2007+ file (its package lives in an "EncryptedPackage" stream next to "EncryptionInfo"), a Word 97-2003 .doc
/// ("WordDocument" stream) or an Excel 97-2003 .xls ("Workbook"). Directory entries are 128 bytes and always start on a
/// 128-byte boundary, so names are matched only there, never in document text.
/// </summary>
internal static class CompoundFileInspector
{
    public static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public enum Kind
    {
        Unknown,
        Encrypted,
        Word97,
        Excel97,
    }

    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => bytes.Length >= 8 && bytes[..8].SequenceEqual(Signature);

    public static Kind Inspect(ReadOnlySpan<byte> bytes)
    {
        var names = DirectoryNames(bytes);
        if (names.Contains("EncryptionInfo") || names.Contains("EncryptedPackage")) return Kind.Encrypted;
        if (names.Contains("WordDocument")) return Kind.Word97;
        if (names.Contains("Workbook") || names.Contains("Book")) return Kind.Excel97;
        return Kind.Unknown;
    }

    private static HashSet<string> DirectoryNames(ReadOnlySpan<byte> bytes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 512; offset + 128 <= bytes.Length; offset += 128)
        {
            var entry = bytes.Slice(offset, 128);
            var nameLength = BitConverter.ToUInt16(entry[64..66]);
            var type = entry[66];
            if (nameLength is < 4 or > 64 || nameLength % 2 != 0 || type is not (1 or 2 or 5)) continue;
            // Any name is kept: only the exact names Inspect looks for decide anything, so one holding control
            // characters (as "\u0005SummaryInformation" does) can never be mistaken for them.
            names.Add(Encoding.Unicode.GetString(entry[..(nameLength - 2)]));
        }
        return names;
    }
}
