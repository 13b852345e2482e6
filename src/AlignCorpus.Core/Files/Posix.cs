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
/// first stat of a run took longer than reading and aligning the seed pair.
/// </summary>
internal static unsafe partial class Posix
{
    private const string Helper = "libMono.Unix";

    /// <summary>stat(2): 0, or -1 with errno set.</summary>
    public static int Stat(string path, out Stat buf) => Call(path, followLinks: true, out buf);

    /// <summary>lstat(2): 0, or -1 with errno set.</summary>
    public static int Lstat(string path, out Stat buf) => Call(path, followLinks: false, out buf);

    private static int Call(string path, bool followLinks, out Stat buf)
    {
        buf = default;
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
            fixed (Stat* b = &buf)
            {
                return followLinks ? StatNative(p, b) : LstatNative(p, b);
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
}
