namespace CoachingDocs.Core.Packaging;

/// <summary>Which XML parts <see cref="SafePackageOpener"/> reads through before handing the package on.</summary>
public enum XmlPartsScan
{
    /// <summary>Every .xml/.rels part, to its end: for packages the Open XML SDK parses (rosters, templates).</summary>
    All,

    /// <summary>
    /// Every part except a Word document's main part and styles part, which the caller parses itself with
    /// <see cref="XmlSafety.LoadPart"/> (same refusals, applied while it reads): a check parses its document once,
    /// not twice. Their bytes are still inflated and counted (bomb limits).
    /// </summary>
    AllButWordBody,
}
