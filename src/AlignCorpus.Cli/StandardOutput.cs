using Microsoft.Win32.SafeHandles;

namespace AlignCorpus.Cli;

/// <summary>
/// Standard output as a stream that reports its failures: a reader that went away (<c>| head</c>)
/// and a full or closed output become a <see cref="StandardOutputException"/>.
/// </summary>
/// <remarks>
/// .NET's console stream drops writes to a closed pipe silently (so <c>batch | head</c> would align the
/// whole corpus and exit 0), and lets other write failures escape as unhandled exceptions; this
/// stream writes to file descriptor 1 directly, where a broken pipe is an error like any other.
/// </remarks>
public sealed class StandardOutput : Core.Files.WriteOnlyStream
{
    private const int BrokenPipeErrno = 32;
    private Stream? _inner;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            (_inner ??= Open()).Write(buffer);
        }
        catch (Exception e) when (e is (IOException and not StandardOutputException) or ObjectDisposedException or UnauthorizedAccessException)
        {
            throw new StandardOutputException(e);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner?.Flush();
        }
        catch (IOException e) when (e is not StandardOutputException)
        {
            throw new StandardOutputException(e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether an I/O failure is a broken pipe (EPIPE): the reader closed its end.</summary>
    internal static bool IsBrokenPipe(Exception e) =>
        e.HResult == BrokenPipeErrno || (e.HResult & 0xFFFF) == BrokenPipeErrno || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    /// <remarks>
    /// A pipe, a terminal or a device is written through a file stream on descriptor 1, which reports
    /// a broken pipe. A regular file is written through the console stream: a file stream would write
    /// at positions of its own (pwrite) and leave the descriptor's offset behind, so whatever the shell
    /// writes to the same file next (<c>{ aligncorpus ...; echo done; } &gt; log</c>) would overwrite it;
    /// a regular file has no reader to go away.
    /// </remarks>
    private static Stream Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!stream.CanSeek)
        {
            return stream;
        }

        stream.Dispose();
        return Console.OpenStandardOutput();
    }
}

/// <summary>Standard output could not be written: its reader went away (<see cref="BrokenPipe"/>), or it is full or closed.</summary>
public sealed class StandardOutputException(Exception inner)
    : IOException(inner is IOException ? inner.Message : "standard output is closed", inner)
{
    public bool BrokenPipe { get; } = StandardOutput.IsBrokenPipe(inner);
}
