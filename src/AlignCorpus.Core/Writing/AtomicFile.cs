using System.Text;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes a file so that it is either complete or absent: the content goes to a temporary file
/// in the target folder, which is renamed over the target only when writing succeeded.
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark, LF line ends: what every output of the tool uses.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text through <paramref name="write"/> to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        using var file = new AtomicFileWriter(path);
        write(file.Writer);
        file.Commit();
    }
}

/// <summary>
/// A text file being written atomically: <see cref="Writer"/> writes to a temporary file beside the
/// target; <see cref="Commit"/> renames it over the target; disposing without a commit deletes it.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _tmp;
    private readonly FileStream _stream;
    private bool _done;

    public AtomicFileWriter(string path)
    {
        Target = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(Target) ?? ".";
        _tmp = Path.Combine(dir, "." + Path.GetFileName(Target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        TempFiles.Process.Register(_tmp);
        try
        {
            _stream = new FileStream(_tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch
        {
            TempFiles.Process.Unregister(_tmp);
            throw;
        }

        Writer = new StreamWriter(_stream, AtomicFile.Utf8, 1 << 16) { NewLine = "\n" };
    }

    public string Target { get; }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        _stream.Flush(flushToDisk: false);
        Writer.Dispose();
        TempFiles.Process.Commit(_tmp, () => File.Move(_tmp, Target, overwrite: true));
        _done = true;
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
        }

        try
        {
            File.Delete(_tmp);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        finally
        {
            TempFiles.Process.Unregister(_tmp);
        }
    }
}
