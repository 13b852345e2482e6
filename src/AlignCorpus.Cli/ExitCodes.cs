namespace AlignCorpus.Cli;

/// <summary>The exit codes of aligncorpus; the README lists them too.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 1;

    /// <summary>An input cannot be used: missing, a directory, unreadable, not UTF-8, empty, wrong language, malformed.</summary>
    public const int BadInput = 2;

    /// <summary>A batch finished but some documents failed (reported, skipped).</summary>
    public const int SomeFailed = 3;

    /// <summary>The output cannot be written (missing or read-only folder, output path equal to an input, a full disk or standard output).</summary>
    public const int OutputError = 4;

    /// <summary>eval: the strict F1 is below --fail-under.</summary>
    public const int BelowThreshold = 5;

    /// <summary>A bug: an unexpected exception (the message asks for a report with the input).</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C (SIGINT); no partial output file is left.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (a scheduler, <c>timeout</c>, <c>kill</c>); no partial output file is left.</summary>
    public const int Terminated = 143;

    /// <summary>Stopped by SIGHUP (the terminal went away); no partial output file is left.</summary>
    public const int HungUp = 129;

    /// <summary>Standard output was closed by its reader (a broken pipe, e.g. <c>| head</c>): the run stopped there.</summary>
    public const int BrokenPipe = 141;
}
