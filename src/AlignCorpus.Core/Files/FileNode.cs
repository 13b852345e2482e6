using Mono.Unix.Native;

namespace AlignCorpus.Core.Files;

/// <summary>What kind of file system entry a path names (stat's S_IFMT), or that there is none.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// A file system entry as stat(2) describes it: its kind, identity (device and inode) and size.
/// .NET tells neither a FIFO from a regular file nor a file's inode, and opening a FIFO blocks
/// until a writer comes, so the folder walk, the manifest reader and the stem cache look before
/// they open. Read through Mono.Unix (the Mono project's POSIX bindings) rather than hand-written
/// interop, whose stat layout differs between architectures.
/// </summary>
public readonly record struct FileNode(FileKind Kind, ulong Device, ulong Inode, long Size)
{
    /// <summary>A regular file (the only kind whose size is known before reading).</summary>
    public bool IsRegular => Kind == FileKind.Regular;

    /// <summary>The (device, inode) pair that identifies the entry, whatever path reaches it.</summary>
    public (ulong Device, ulong Inode) Identity => (Device, Inode);

    /// <summary>
    /// The entry at <paramref name="path"/> (its link's target when <paramref name="followLinks"/>),
    /// or null with the reason (no such file, permission denied, a loop of links, ...).
    /// </summary>
    public static FileNode? Of(string path, bool followLinks, out string? error)
    {
        error = null;
        if (OperatingSystem.IsWindows())
        {
            return Portable(path, followLinks, out error);
        }

        int rc = followLinks ? Posix.Stat(path, out var st) : Posix.Lstat(path, out st);
        if (rc != 0)
        {
            var errno = Stdlib.GetLastError();
            error = errno switch
            {
                Errno.ENOENT => "no such file",
                Errno.ENOTDIR => "no such file (a part of the path is not a folder)",
                Errno.EACCES => "cannot be read (permission denied)",
                Errno.ELOOP => "a loop of symbolic links",
                _ => Syscall.strerror(errno),
            };
            return null;
        }

        var kind = KindOf(st.st_mode);
        return new FileNode(kind, st.st_dev, st.st_ino, st.st_size);
    }

    /// <summary>The kind of entry stat's mode names.</summary>
    public static FileKind KindOf(FilePermissions mode) => (mode & FilePermissions.S_IFMT) switch
    {
        FilePermissions.S_IFREG => FileKind.Regular,
        FilePermissions.S_IFDIR => FileKind.Directory,
        FilePermissions.S_IFLNK => FileKind.SymbolicLink,
        FilePermissions.S_IFIFO => FileKind.Fifo,
        FilePermissions.S_IFCHR => FileKind.CharacterDevice,
        FilePermissions.S_IFBLK => FileKind.BlockDevice,
        FilePermissions.S_IFSOCK => FileKind.Socket,
        _ => FileKind.Other,
    };

    /// <summary>The kind in words, for messages ("a FIFO").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    private static FileNode? Portable(string path, bool followLinks, out string? error)
    {
        error = null;
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
        {
            error = "no such file";
            return null;
        }

        if (info.LinkTarget is not null && !followLinks)
        {
            return new FileNode(FileKind.SymbolicLink, 0, 0, 0);
        }

        // Without inodes, the full path after resolving the final link stands in for the identity.
        var target = followLinks && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) ?? info : info;
        ulong id = System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(target.FullName)));
        return target is DirectoryInfo
            ? new FileNode(FileKind.Directory, 0, id, 0)
            : new FileNode(FileKind.Regular, 0, id, ((FileInfo)target).Length);
    }
}
