namespace AlignCorpus.Cli;

/// <summary>An error that ends a command with a message and an exit code.</summary>
public sealed class CliError(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
