namespace CoachingDocs.Core.Catalogue;

/// <summary>A numbered item of a task, numbered as the AC it answers ("1.4 Identifying two or more potential barriers ...").</summary>
public sealed record BriefItem(string Ref, string Text);
