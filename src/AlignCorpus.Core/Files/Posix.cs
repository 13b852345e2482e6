using System.Runtime.InteropServices;
using System.Text;
using Mono.Unix.Native;

namespace AlignCorpus.Core.Files;

/// <summary>
/// stat(2) and lstat(2) as Mono.Unix's <see cref="Syscall.stat"/> and <see cref="Syscall.lstat"/>
/// give them (the same native helper fills the same <see cref="Stat"/>, whatever the
/// architecture's own layout; errno is read as after them, by <see cref="Stdlib.GetLastError"/>),
/// called through a source-generated import with the path as UTF-8 bytes. Mono.Unix passes the
/// path through a custom marshaler that the runtime builds with reflection on first use: the
/// first stat of a run took longer than reading and aligning the seed pair. open(2), read(2) and
/// readv(2) go through the same helper (it translates <see cref="OpenFlags"/> to the platform's
/// values); closing is left to a <see cref="Microsoft.Win32.SafeHandles.SafeFileHandle"/>, as the
/// helper exports no close.
/// </summary>
internal static unsafe partial class Posix
{
    private const string Helper = "libMono.Unix";

    private enum Op
    {
        Stat,
        Lstat,
        Open,
    }

    /// <summary>stat(2): 0, or -1 with errno set.</summary>
    public static int Stat(string path, out Stat buf)
    {
        buf = default;
        fixed (Stat* b = &buf)
        {
            return Call(path, Op.Stat, b, 0);
        }
    }

    /// <summary>lstat(2): 0, or -1 with errno set.</summary>
    public static int Lstat(string path, out Stat buf)
    {
        buf = default;
        fixed (Stat* b = &buf)
        {
            return Call(path, Op.Lstat, b, 0);
        }
    }

    /// <summary>open(2) without O_CREAT: a file descriptor, or -1 with errno set.</summary>
    public static int Open(string path, OpenFlags flags) => Call(path, Op.Open, null, (int)flags);

    /// <summary>read(2): the count read (0 at the end), or -1 with errno set.</summary>
    public static long Read(int fd, Span<byte> into)
    {
        fixed (byte* p = into)
        {
            return ReadNative(fd, p, (ulong)into.Length);
        }
    }

    /// <summary>
    /// readv(2) into two buffers, <paramref name="first"/> filled before <paramref name="second"/>:
    /// the count read (0 at the end), or -1 with errno set.
    /// </summary>
    public static long ReadV(int fd, Span<byte> first, Span<byte> second)
    {
        fixed (byte* a = first)
        fixed (byte* b = second)
        {
            var iov = stackalloc Iovec[2];
            iov[0] = new Iovec { iov_base = (IntPtr)a, iov_len = (ulong)first.Length };
            iov[1] = new Iovec { iov_base = (IntPtr)b, iov_len = (ulong)second.Length };
            return ReadVNative(fd, iov, 2);
        }
    }

    private static int Call(string path, Op op, Stat* buf, int flags)
    {
        if (path.Contains('\0'))
        {
            // No file name holds a NUL: C would see the path cut there.
            Marshal.SetLastPInvokeError(NativeConvert.FromErrno(Errno.ENOENT));
            return -1;
        }

        int max = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        byte[]? rented = max <= 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        Span<byte> bytes = rented ?? stackalloc byte[1024];
        try
        {
            int n = Encoding.UTF8.GetBytes(path, bytes);
            bytes[n] = 0;
            fixed (byte* p = bytes)
            {
                return op switch
                {
                    Op.Stat => StatNative(p, buf),
                    Op.Lstat => LstatNative(p, buf),
                    _ => OpenNative(p, flags),
                };
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    [LibraryImport(Helper, EntryPoint = "Mono_Posix_Syscall_stat", SetLastError = true)]
    private static partial int StatNative(byte* path, Stat* buf);

    [LibraryImport(Helper, EntryPoint = "Mono_Posix_Syscall_lstat", SetLastError = true)]
    private static partial int LstatNative(byte* path, Stat* buf);

    [LibraryImport(Helper, EntryPoint = "Mono_Posix_Syscall_open", SetLastError = true)]
    private static partial int OpenNative(byte* path, int flags);

    [LibraryImport(Helper, EntryPoint = "Mono_Posix_Syscall_read", SetLastError = true)]
    private static partial long ReadNative(int fd, byte* buf, ulong count);

    [LibraryImport(Helper, EntryPoint = "Mono_Posix_Syscall_readv", SetLastError = true)]
    private static partial long ReadVNative(int fd, Iovec* iov, int count);
}
