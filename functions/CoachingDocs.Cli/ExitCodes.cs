namespace CoachingDocs.Cli;

/// <summary>What <c>coachdocs</c> exits with; scripts can tell "you typed it wrong" from "the data is wrong" from "I could not write".</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something unexpected went wrong; the message says what.</summary>
    public const int UnexpectedError = 1;

    /// <summary>The command line could not be understood (unknown option, missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>The input was understood but refused: unknown unit or kind, bad learner details, unreadable learner file.</summary>
    public const int InvalidInput = 3;

    /// <summary>The catalogue could not be found or is invalid.</summary>
    public const int CatalogueError = 4;

    /// <summary>The output could not be written (or exists and --force was not given).</summary>
    public const int OutputError = 5;

    /// <summary><c>templates validate</c> found problems in the template.</summary>
    public const int TemplateHasProblems = 6;

    /// <summary>Interrupted (Ctrl+C, SIGTERM) before it finished; nothing was written. 128 + SIGINT, as shells expect.</summary>
    public const int Cancelled = 130;
}
