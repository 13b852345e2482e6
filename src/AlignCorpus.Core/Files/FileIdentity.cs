using Mono.Unix.Native;

namespace AlignCorpus.Core.Files;

/// <summary>
/// The identity of a file, independent of how its path is spelled: device and inode after
/// following every link. A path that does not exist yet is identified by its nearest existing
/// folder (device and inode) and the rest of the path below it, so that two spellings of one
/// future file (through a symlinked folder, "a/../b", a relative path) compare equal.
/// </summary>
public readonly record struct FileKey(ulong Device, ulong Inode, string Rest)
{
    /// <summary>True for a file that exists (no rest below an existing folder).</summary>
    public bool Exists => Rest.Length == 0;
}

/// <summary>
/// stat(2) through Mono.Unix (device, inode, file type: .NET has no API for them) and the
/// resolution of symbolic links, for the output policy of <see cref="AtomicFileWriter"/> and
/// the identity checks of outputs against inputs.
/// </summary>
public static class FileIdentity
{
    /// <summary>Links followed on one path before giving up (Linux's own limit, ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>The kind of file at <paramref name="path"/>, following links; <see cref="FileKind.Missing"/> when there is none.</summary>
    public static FileKind KindOf(string path) =>
        Posix.Stat(path, out var st) != 0 ? FileKind.Missing : FileNode.KindOf(st.st_mode);

    /// <summary>True when <paramref name="path"/> itself is a symbolic link (lstat).</summary>
    public static bool IsLink(string path) =>
        Posix.Lstat(path, out var st) == 0 && (st.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFLNK;

    /// <summary>The identity of <paramref name="path"/> (see <see cref="FileKey"/>).</summary>
    public static FileKey KeyOf(string path)
    {
        // The kernel follows every link itself (also /proc's, such as /dev/stdout to a pipe).
        if (KeyOfExisting(path) is { } key)
        {
            return key;
        }

        string real = RealPath(path);
        string existing = real;
        while (Posix.Stat(existing, out var st) != 0)
        {
            string? parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                throw new IOException($"{path}: cannot be examined (stat failed on every folder above it)");
            }

            existing = parent;
        }

        Posix.Stat(existing, out var found);
        string rest = existing.Length == real.Length ? string.Empty : Path.GetRelativePath(existing, real);
        return new FileKey(found.st_dev, found.st_ino, rest);
    }

    /// <summary>The kind and the key of an existing file from one stat (links followed), or null when it does not exist.</summary>
    public static (FileKind Kind, FileKey Key)? KindAndKeyOf(string path) =>
        Posix.Stat(path, out var st) == 0 ? (FileNode.KindOf(st.st_mode), new FileKey(st.st_dev, st.st_ino, string.Empty)) : null;

    /// <summary>The key of an existing file, or null when it does not exist.</summary>
    public static FileKey? KeyOfExisting(string path) =>
        Posix.Stat(path, out var st) == 0 ? new FileKey(st.st_dev, st.st_ino, string.Empty) : null;

    /// <summary>
    /// The absolute path with every symbolic link resolved, as realpath(3), except that the part
    /// that does not exist yet is kept as written. ".." after a link goes up from the link's target.
    /// </summary>
    /// <exception cref="IOException">More than 40 links on the way (a loop).</exception>
    public static string RealPath(string path)
    {
        var pending = new Stack<string>(Parts(Path.GetFullPath(path)).Reverse());
        string current = "/";
        int links = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            string next = Path.Join(current, part);
            if (Posix.Lstat(next, out var st) != 0)
            {
                // Missing: the rest is kept as written.
                return Path.Join([next, .. pending]);
            }

            if ((st.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFLNK)
            {
                // Not a link: a real folder or file.
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            string target = new FileInfo(next).LinkTarget ?? throw new IOException($"{next}: cannot read the link");
            if (Path.IsPathRooted(target))
            {
                current = "/";
            }

            foreach (var p in Parts(target).Reverse())
            {
                pending.Push(p);
            }
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/>, links resolved, lies inside <paramref name="folder"/> (links resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        string root = RealPath(folder).TrimEnd('/') + "/";
        return RealPath(path).StartsWith(root, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Parts(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}
