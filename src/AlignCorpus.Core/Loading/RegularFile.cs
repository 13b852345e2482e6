using System.Buffers;
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

    /// <summary>
    /// The largest file read into a pooled array: the pool keeps what it is given back, and one
    /// huge article should not stay in memory for the rest of a batch.
    /// </summary>
    public const int MaxPooled = 1 << 20;

    private static volatile bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Whether <see cref="TryRead(string, long, long, out byte[])"/> can be tried at all (Linux, the helper library loaded).</summary>
    public static bool Available => !_unavailable;

    /// <summary>
    /// Reads all bytes of the regular file at <paramref name="path"/>, sized <paramref name="size"/>
    /// by a stat just taken; false (nothing read) when the native path cannot be used or fails, or
    /// when the file grew past <paramref name="cap"/> since: the caller reads it the managed way.
    /// </summary>
    public static bool TryRead(string path, long size, long cap, out byte[] bytes) =>
        TryRead(path, size, cap, pool: false, out bytes, out _, out _);

    /// <summary>
    /// <see cref="TryRead(string, long, long, out byte[])"/> into <paramref name="buffer"/>, whose
    /// first <paramref name="length"/> bytes are the file's (all of it unless rented). With
    /// <paramref name="pool"/>, a file of at most <see cref="MaxPooled"/> bytes is read into an
    /// array rented from <see cref="ArrayPool{T}.Shared"/> (<paramref name="rented"/>), which the
    /// caller returns.
    /// </summary>
    public static bool TryRead(string path, long size, long cap, bool pool, out byte[] buffer, out int length, out bool rented)
    {
        buffer = [];
        length = 0;
        rented = false;
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
        return ReadAll(fd, size, cap, pool, out buffer, out length, out rented);
    }

    /// <summary>Reads <paramref name="fd"/> to its end (at most <paramref name="cap"/> bytes), expecting <paramref name="size"/>.</summary>
    internal static bool ReadAll(int fd, long size, long cap, out byte[] bytes) =>
        ReadAll(fd, size, cap, pool: false, out bytes, out _, out _);

    /// <summary>
    /// Reads <paramref name="fd"/> to its end (at most <paramref name="cap"/> bytes), expecting
    /// <paramref name="size"/>, into the first <paramref name="length"/> bytes of
    /// <paramref name="buffer"/>: a rented array (<paramref name="rented"/>) when
    /// <paramref name="pool"/> and it needs at most <see cref="MaxPooled"/> bytes, else an array
    /// of exactly the bytes; on failure
    /// nothing is left rented. The reads are the same either way: a rented array may be longer
    /// than asked for, but only <c>capacity</c> bytes are read into it, then the probe.
    /// </summary>
    internal static bool ReadAll(int fd, long size, long cap, bool pool, out byte[] buffer, out int length, out bool rented)
    {
        length = 0;

        // A size of 0 may be an empty file or one that only knows its length once read (/proc).
        int capacity = (int)Math.Clamp(size > 0 ? size : 1 << 16, 1, cap + 1);
        rented = pool && capacity <= MaxPooled;
        buffer = rented ? ArrayPool<byte>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<byte>(capacity);
        Span<byte> probe = stackalloc byte[1];
        int filled = 0;
        while (true)
        {
            int room = capacity - filled;
            long n = Posix.ReadV(fd, buffer.AsSpan(filled, room), probe);
            if (n < 0)
            {
                if (NativeConvert.ToErrno(Marshal.GetLastPInvokeError()) == Errno.EINTR)
                {
                    continue;
                }

                return Fail(ref buffer, ref rented);
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
                    return Fail(ref buffer, ref rented);
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
                return Fail(ref buffer, ref rented);
            }

            capacity = (int)Math.Min(cap + 1, Math.Max(capacity * 2L, 1 << 16));
            Grow(ref buffer, filled + room, capacity, ref rented);
            buffer[filled + room] = probe[0];
            filled += (int)n;
        }

        // An array of its own holds exactly the bytes (no copy when the file is the size stat gave).
        length = filled;
        buffer = rented || filled == buffer.Length ? buffer : buffer[..filled];
        return true;
    }

    /// <summary>
    /// A buffer of <paramref name="capacity"/> bytes holding the first <paramref name="used"/> of
    /// the old one: rented while it stays within <see cref="MaxPooled"/>.
    /// </summary>
    private static void Grow(ref byte[] buffer, int used, int capacity, ref bool rented)
    {
        if (!rented)
        {
            Array.Resize(ref buffer, capacity);
            return;
        }

        var larger = capacity <= MaxPooled ? ArrayPool<byte>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<byte>(capacity);
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
        rented = capacity <= MaxPooled;
    }

    private static bool Fail(ref byte[] buffer, ref bool rented)
    {
        if (rented)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        buffer = [];
        rented = false;
        return false;
    }
}
