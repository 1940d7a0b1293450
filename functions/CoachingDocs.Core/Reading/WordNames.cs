using System.Xml.Linq;

namespace CoachingDocs.Core.Reading;

/// <summary>WordprocessingML names the reader needs, in one place (as PowerTools' W class).</summary>
internal static class W
{
    public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static readonly XName Body = Ns + "body";
    public static readonly XName P = Ns + "p";
    public static readonly XName R = Ns + "r";
    public static readonly XName T = Ns + "t";
    public static readonly XName Tab = Ns + "tab";
    public static readonly XName PTab = Ns + "ptab";
    public static readonly XName Br = Ns + "br";
    public static readonly XName Cr = Ns + "cr";
    public static readonly XName NoBreakHyphen = Ns + "noBreakHyphen";
    public static readonly XName Del = Ns + "del";
    public static readonly XName MoveFrom = Ns + "moveFrom";
    public static readonly XName Tbl = Ns + "tbl";
    public static readonly XName Tr = Ns + "tr";
    public static readonly XName Tc = Ns + "tc";
    public static readonly XName TrPr = Ns + "trPr";
    public static readonly XName TcPr = Ns + "tcPr";
    public static readonly XName GridSpan = Ns + "gridSpan";
    public static readonly XName VMerge = Ns + "vMerge";
    public static readonly XName HMerge = Ns + "hMerge";
    public static readonly XName Sdt = Ns + "sdt";
    public static readonly XName SdtPr = Ns + "sdtPr";
    public static readonly XName SdtContent = Ns + "sdtContent";
    public static readonly XName Tag = Ns + "tag";
    public static readonly XName ShowingPlaceholder = Ns + "showingPlcHdr";
    public static readonly XName PPr = Ns + "pPr";
    public static readonly XName PStyle = Ns + "pStyle";
    public static readonly XName OutlineLvl = Ns + "outlineLvl";
    public static readonly XName Val = Ns + "val";
    public static readonly XName Style = Ns + "style";
    public static readonly XName StyleId = Ns + "styleId";
    public static readonly XName Name = Ns + "name";
    public static readonly XName RPr = Ns + "rPr";
    public static readonly XName InstrText = Ns + "instrText";
    public static readonly XName AlternateContent = Mc + "AlternateContent";
    public static readonly XName Choice = Mc + "Choice";
    public static readonly XName Fallback = Mc + "Fallback";
}
