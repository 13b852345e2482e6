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
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        string tmp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" })
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: false);
            }

            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
