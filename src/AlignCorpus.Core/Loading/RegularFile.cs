using System.Runtime.InteropServices;
using AlignCorpus.Core.Files;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace AlignCorpus.Core.Loading;

/// <summary>
/// Reads a regular file whose size stat(2) just gave, with the fewest system calls: open(2),
/// one readv(2) of that size plus one byte, close(2). A <see cref="FileStream"/> costs about
/// nine (open, fstat, flock, fadvise, a read of the magic bytes, of the rest, of the end, unlock,
/// close), and each is dear on a virtual machine. The byte after the size is read into a probe:
/// when it stays empty and the buffer is full, the file ended where stat said (a regular file
/// reads short only at its end), so no read is spent to see the end; when it is filled, the file
/// grew and is read on. The file is opened O_NONBLOCK, so that an entry replaced by a FIFO after
/// its stat never blocks the reader, and O_NOCTTY. Linux only; elsewhere, or when the native
/// helper is missing, or when opening or reading fails (the managed reader then gives the error
/// in its words), the caller falls back to a <see cref="FileStream"/>.
/// </summary>
internal static class RegularFile
{
    private const OpenFlags Flags = OpenFlags.O_RDONLY | OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK | OpenFlags.O_NOCTTY;

    private static volatile bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Whether <see cref="TryRead"/> can be tried at all (Linux, the helper library loaded).</summary>
    public static bool Available => !_unavailable;

    /// <summary>
    /// Reads all bytes of the regular file at <paramref name="path"/>, sized <paramref name="size"/>
    /// by a stat just taken; false (nothing read) when the native path cannot be used or fails, or
    /// when the file grew past <paramref name="cap"/> since: the caller reads it the managed way.
    /// </summary>
    public static bool TryRead(string path, long size, long cap, out byte[] bytes)
    {
        bytes = [];
        if (_unavailable || size > cap)
        {
            return false;
        }

        int fd;
        try
        {
            fd = Posix.Open(path, Flags);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }

        if (fd < 0)
        {
            return false;
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        return ReadAll(fd, size, cap, out bytes);
    }

    /// <summary>Reads <paramref name="fd"/> to its end (at most <paramref name="cap"/> bytes), expecting <paramref name="size"/>.</summary>
    internal static bool ReadAll(int fd, long size, long cap, out byte[] bytes)
    {
        bytes = [];

        // A size of 0 may be an empty file or one that only knows its length once read (/proc).
        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Clamp(size > 0 ? size : 1 << 16, 1, cap + 1));
        Span<byte> probe = stackalloc byte[1];
        int filled = 0;
        while (true)
        {
            int room = buffer.Length - filled;
            long n = Posix.ReadV(fd, buffer.AsSpan(filled), probe);
            if (n < 0)
            {
                if (NativeConvert.ToErrno(Marshal.GetLastPInvokeError()) == Errno.EINTR)
                {
                    continue;
                }

                return false;
            }

            if (n == 0)
            {
                break;
            }

            if (n <= room)
            {
                filled += (int)n;
                if (filled > cap)
                {
                    return false;
                }

                if (filled == size)
                {
                    // The probe stayed empty at exactly stat's size: the end, without a read to see it.
                    break;
                }

                continue;
            }

            // The probe byte came too: the file is longer than the buffer (it grew since its stat).
            if (filled + n > cap)
            {
                return false;
            }

            Array.Resize(ref buffer, (int)Math.Min(cap + 1, Math.Max(buffer.Length * 2L, 1 << 16)));
            buffer[filled + room] = probe[0];
            filled += (int)n;
        }

        bytes = filled == buffer.Length ? buffer : buffer[..filled];
        return true;
    }
}
