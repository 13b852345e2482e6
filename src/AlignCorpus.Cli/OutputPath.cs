using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>Checks and writes output files: never over an input, never half-written.</summary>
public static class OutputPath
{
    public static void Check(string output, IEnumerable<string> inputs)
    {
        string full = Path.GetFullPath(output);
        foreach (var input in inputs)
        {
            if (string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal))
            {
                throw new CliError(ExitCodes.OutputError, $"{output}: the output path is also an input; choose another output file");
            }
        }

        if (Directory.Exists(full))
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: is a directory; give a file path");
        }

        string? dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: the folder {dir} does not exist");
        }
    }

    /// <summary>Opens an output for atomic writing, turning failures into output errors.</summary>
    public static AtomicFileWriter Open(string output)
    {
        try
        {
            return new AtomicFileWriter(output);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: cannot write here (permission denied): {e.Message}");
        }
        catch (IOException e)
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: cannot write: {e.Message}");
        }
    }

    /// <summary>Writes an output atomically; a failure while writing is an output error (see <see cref="Guard"/>).</summary>
    public static void WriteAtomically(string output, Action<TextWriter> write)
    {
        using var file = Open(output);
        write(file.Writer);
        file.Commit();
    }
}
