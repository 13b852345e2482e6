using AlignCorpus.Core.Files;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>
/// Checks and writes output files through <see cref="AtomicFileWriter"/> (the one output policy:
/// regular files atomically, devices and FIFOs in place, links followed), compared by identity
/// with the inputs and each other by <see cref="OutputCheck"/>.
/// </summary>
public static class OutputPath
{
    /// <summary>
    /// Checks an output's place (not a folder, its folder exists) and registers it with
    /// <paramref name="check"/> under its option name; nothing when <paramref name="output"/> is null.
    /// </summary>
    public static void Check(OutputCheck check, string name, string? output)
    {
        if (output is null)
        {
            return;
        }

        string full = Path.GetFullPath(output);
        if (Directory.Exists(full))
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: is a directory; give a file path");
        }

        string? dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: the folder {dir} does not exist");
        }

        try
        {
            check.AddOutput(name, output);
        }
        catch (IOException e)
        {
            throw new CliError(ExitCodes.OutputError, $"{output}: {e.Message}");
        }
    }

    /// <summary>Registers inputs with <paramref name="check"/> (an output equal to one is exit 4).</summary>
    public static void Inputs(OutputCheck check, params IEnumerable<string?> inputs)
    {
        foreach (var input in inputs.OfType<string>().Where(i => i != Core.Loading.InputFile.StandardInput))
        {
            check.AddInput(input);
        }
    }

    /// <summary>Opens an output for writing (a temporary file, or a device in place), turning failures into output errors.</summary>
    public static AtomicFileWriter Open(string output, Compression? compression = null)
    {
        try
        {
            return new AtomicFileWriter(output, compression: compression);
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

    /// <summary>Opens an output, or null for none.</summary>
    public static AtomicFileWriter? OpenOrNull(string? output) => output is null ? null : Open(output);

    /// <summary>Checks that files can be created in <paramref name="folder"/> (a temporary file, deleted at once).</summary>
    /// <remarks>With a <paramref name="compression"/>, the codec is started too (xz needs its program).</remarks>
    public static void Probe(string folder, Compression compression = Compression.None)
    {
        using var probe = Open(Path.Combine(folder, "aligncorpus-probe"), compression);
    }

    /// <summary>
    /// Commits outputs together: every one is flushed to disk first (a full disk or an I/O error
    /// shows before any is renamed), then each is renamed over its target.
    /// </summary>
    public static void CommitAll(params IEnumerable<AtomicFileWriter?> files)
    {
        var all = files.OfType<AtomicFileWriter>().ToList();
        foreach (var f in all)
        {
            f.Prepare();
        }

        foreach (var f in all)
        {
            f.Commit();
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
