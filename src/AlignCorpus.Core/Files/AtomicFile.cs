using System.Text;
using Mono.Unix.Native;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Files;

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
/// An output file being written; the one policy for every file the tool writes:
/// <list type="bullet">
/// <item>A regular file (new or existing) is written to a temporary file ".NAME.XXXXXXXX.tmp" beside
/// it, flushed to disk (fsync), renamed over the target by <see cref="Commit"/>, and the folder is
/// flushed after the rename. A replaced file keeps its mode (and, as root, its owner). Disposing
/// without a commit deletes the temporary file.</item>
/// <item>A symbolic link is followed to its final target, which is replaced as above: the link stays a link.</item>
/// <item>A character or block device or a FIFO is written in place (opened for writing, never
/// truncated, renamed or deleted): it stays what it is. What was written before a failure has
/// reached it; there is nothing to roll back. A socket or a folder is refused (IOException).</item>
/// <item>A name that promises compression (<c>.gz</c>, <c>.zst</c>, <c>.xz</c>, <c>.bz2</c>) gets it
/// (<see cref="CompressedOutput"/>): the compressed stream is finished, trailer written, by
/// <see cref="Prepare"/>, before the file is flushed to disk and renamed.</item>
/// </list>
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string? _tmp;
    private readonly FileStream _stream;
    private readonly CompressedOutput? _compressed;
    private bool _done;

    /// <param name="path">The output path.</param>
    /// <param name="removeStale">
    /// Remove temporary files a killed run left for the same target first (see <see cref="StaleTemps"/>);
    /// false when the caller has cleaned the folder once for many files.
    /// </param>
    /// <param name="compression">How to compress; by default what the name promises (<see cref="CompressionFormat.FromName"/>).</param>
    public AtomicFileWriter(string path, bool removeStale = true, Compression? compression = null)
    {
        string full = Path.GetFullPath(path);

        // What the path leads to, as the kernel follows it (also /proc's links: /dev/stdout to a pipe);
        // the final link target's path is only needed for a file to be replaced by a rename.
        Kind = FileIdentity.KindOf(full);
        Target = Kind is FileKind.Missing or FileKind.Regular && FileIdentity.IsLink(full)
            ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full
            : full;
        switch (Kind)
        {
            case FileKind.Directory:
                throw new IOException($"{path}: is a directory; give a file path");
            case FileKind.Socket:
                throw new IOException($"{path}: is a socket; the tool writes files, devices and FIFOs only");
            case FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo:
                // In place: a FIFO blocks here until a reader opens it.
                _stream = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
                break;
            default:
                string dir = Path.GetDirectoryName(Target) ?? "/";
                string name = Path.GetFileName(Target);
                if (removeStale)
                {
                    StaleTemps.Remove(dir, [name]);
                }

                _tmp = Path.Combine(dir, StaleTemps.TempName(name));

                // FileShare.None holds an advisory lock (flock) on the temporary file while it is
                // written: StaleTemps leaves a locked one alone, as it belongs to a running process.
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

                if (Kind == FileKind.Regular)
                {
                    KeepOwnerAndMode();
                }

                break;
        }

        Compression = compression ?? CompressionFormat.FromName(path);
        if (Compression != Compression.None)
        {
            try
            {
                _compressed = new CompressedOutput(_stream, Compression);
            }
            catch
            {
                Abandon();
                throw;
            }
        }

        Writer = new StreamWriter(_compressed ?? (Stream)_stream, AtomicFile.Utf8, 1 << 16) { NewLine = "\n" };
    }

    /// <summary>How the file is compressed (None: plain).</summary>
    public Compression Compression { get; }

    /// <summary>The file written: the output path, with symbolic links followed for a file replaced by a rename.</summary>
    public string Target { get; }

    /// <summary>What the target was when opened: missing or regular (written atomically), or a device or FIFO (written in place).</summary>
    public FileKind Kind { get; }

    /// <summary>True for a device or FIFO: written in place, no temporary file, no rename.</summary>
    public bool InPlace => _tmp is null;

    public TextWriter Writer { get; }

    /// <summary>Flushes everything to the temporary file without committing it (a failure shows here, before any commit).</summary>
    public void Prepare()
    {
        Writer.Flush();
        _compressed?.Finish();
        if (!InPlace)
        {
            _stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Makes the output final: fsync, rename over the target, fsync of the folder (in place: a flush).</summary>
    public void Commit()
    {
        Prepare();
        if (!InPlace)
        {
            // Renamed while still open (and locked), so that no other run takes it for stale; refused
            // once a signal has removed the temporary files (TempFiles).
            TempFiles.Process.Commit(_tmp!, () => File.Move(_tmp!, Target, overwrite: true));
        }

        _done = true;
        Writer.Dispose();
        _stream.Dispose();
        if (!InPlace)
        {
            SyncFolder(Path.GetDirectoryName(Target) ?? "/");
        }
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
            // An unfinished codec is abandoned (no trailer): the temporary file is deleted below.
            _compressed?.Dispose();
            Writer.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }

        Abandon();
    }

    /// <summary>Closes and deletes the temporary file (nothing for a device or FIFO).</summary>
    private void Abandon()
    {
        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
        }

        if (_tmp is null)
        {
            return;
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

    /// <summary>Flushes a folder's entries to disk after a rename; best effort (some file systems refuse fsync on a folder).</summary>
    private static void SyncFolder(string dir)
    {
        int fd = Syscall.open(dir, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        if (fd >= 0)
        {
            Syscall.fsync(fd);
            Syscall.close(fd);
        }
    }

    /// <summary>The temporary file gets the replaced file's owner (as root; best effort) and mode.</summary>
    private void KeepOwnerAndMode()
    {
        if (Posix.Stat(Target, out var old) != 0)
        {
            return;
        }

        int fd = (int)_stream.SafeFileHandle.DangerousGetHandle();
        if (Syscall.fstat(fd, out var mine) == 0 && (mine.st_uid != old.st_uid || mine.st_gid != old.st_gid))
        {
            Syscall.fchown(fd, (int)old.st_uid, (int)old.st_gid);
        }

        // After chown, which clears set-user-id bits.
        Syscall.fchmod(fd, old.st_mode & ~FilePermissions.S_IFMT);
    }
}
