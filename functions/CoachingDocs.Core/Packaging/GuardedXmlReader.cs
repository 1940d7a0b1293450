using System.Xml;

namespace CoachingDocs.Core.Packaging;

/// <summary>
/// An <see cref="XmlReader"/> over an upload's part that applies the opener's refusals while a tree is being built
/// from it, so a part is parsed once, not scanned and then parsed again: nesting past the depth limit is refused as
/// it is met, the check's cancellation token is looked at every few hundred nodes, and a text node is kept to at most
/// <see cref="MaxTextChars"/> + 1 characters, the rest skipped in chunks without ever being held (a 20 MB "duration"
/// costs a buffer, not a 40 MB string and its copies). The extra character tells the text collector there was more.
/// </summary>
internal sealed class GuardedXmlReader(XmlReader inner, string fileName, string part, UploadLimits limits, CancellationToken cancellation) : XmlReader
{
    /// <summary>Longest text node kept whole; a field's text is cut there (Reading/WordText says so in a warning).</summary>
    public const int MaxTextChars = 64 * 1024;

    private const int CancellationStride = 512;
    private int _nodes;
    private string? _cutValue;
    private char[]? _chunk;

    public override bool Read()
    {
        _cutValue = null;
        if (!inner.Read()) return false;
        // Stryker disable once Equality,Update : "!= 0" and "--" only change which nodes look at the token (all but every 512th, or every 512th counting down), i.e. how soon a cancelled token is noticed
        if (++_nodes % CancellationStride == 0) cancellation.ThrowIfCancellationRequested();
        if (inner.NodeType == XmlNodeType.Element && inner.Depth >= limits.MaxXmlDepth) throw XmlPartRefusal.TooDeep(fileName, part, limits);
        return true;
    }

    public override string Value
    {
        get
        {
            if (inner.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                || !inner.CanReadValueChunk)
                return inner.Value;
            return _cutValue ??= BoundedValue();
        }
    }

    /// <summary>The node's text up to the cap (+1), read in chunks; what lies beyond is read past and dropped.</summary>
    private string BoundedValue()
    {
        // Stryker disable once Assignment : a new buffer per text node holds the same characters; only the allocation is saved
        var buffer = _chunk ??= new char[4096];
        var filled = Fill(buffer);
        // Stryker disable once Equality : the StringBuilder path below returns the same string for a short text; this is the shortcut that avoids it
        if (filled < buffer.Length) return new string(buffer, 0, filled); // the usual case: a short run of text
        // Stryker disable once Arithmetic : the initial capacity only; the builder grows as needed
        var kept = new System.Text.StringBuilder(buffer.Length * 2).Append(buffer, 0, filled);
        while ((filled = Fill(buffer)) > 0)
        {
            var room = MaxTextChars + 1 - kept.Length;
            if (room > 0) kept.Append(buffer, 0, Math.Min(room, filled));
            else cancellation.ThrowIfCancellationRequested();
        }
        return kept.ToString();
    }

    /// <summary>Fills the buffer from the node's value; fewer characters than its length means the value has ended.</summary>
    private int Fill(char[] buffer)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = inner.ReadValueChunk(buffer, filled, buffer.Length - filled)) > 0) filled += read;
        return filled;
    }

    public override XmlNodeType NodeType => inner.NodeType;
    public override string LocalName => inner.LocalName;
    public override string NamespaceURI => inner.NamespaceURI;
    public override string Prefix => inner.Prefix;
    public override int Depth => inner.Depth;
    public override string BaseURI => inner.BaseURI;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override int AttributeCount => inner.AttributeCount;
    public override bool EOF => inner.EOF;
    public override ReadState ReadState => inner.ReadState;
    public override XmlNameTable NameTable => inner.NameTable;
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        // Stryker disable once Statement : XmlReader.Dispose(bool) only calls Close(), which this reader does not override (a no-op)
        base.Dispose(disposing);
    }
}
