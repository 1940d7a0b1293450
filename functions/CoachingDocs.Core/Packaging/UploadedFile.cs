namespace CoachingDocs.Core.Packaging;

/// <summary>A file as the user sent it: its name (only for messages and the report) and its content.</summary>
public sealed record UploadedFile(string FileName, Stream Content);
