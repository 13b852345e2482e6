using System.Text;
using Mono.Unix.Native;

namespace AlignCorpus.Core.Files;

/// <summary>
/// Names of temporary files, and the removal of those a killed run left behind.
/// </summary>
/// <remarks>
/// The temporary file of target NAME is ".NAME.XXXXXXXX.tmp" (8 random hex digits). When that
/// would exceed NAME_MAX (255 bytes), NAME is cut to 224 bytes and "~" and 16 hex digits of
/// its XxHash64 are appended, so the name is always legal and still tells its target.
/// A temporary file is stale when it has this pattern for the same target, is a regular file (not
/// a link) and is not locked: a running writer holds an advisory lock (flock, taken by .NET's
/// FileShare.None) on its temporary file until the rename, so a concurrent run's file is never
/// taken. With DOTNET_SYSTEM_IO_DISABLEFILELOCKING set, .NET takes no locks, and nothing is
/// removed.
/// </remarks>
public static class StaleTemps
{
    private const int NameMax = 255;
    private const int Suffix = 14; // "." + ".XXXXXXXX" + ".tmp"
    private const int Cut = 224;

    /// <summary>A fresh temporary name for target <paramref name="name"/>.</summary>
    public static string TempName(string name) =>
        "." + ShortName(name) + "." + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)) + ".tmp";

    /// <summary>The target name as it appears in its temporary names (cut and hashed when long).</summary>
    public static string ShortName(string name)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(name);
        if (bytes.Length + Suffix <= NameMax)
        {
            return name;
        }

        int cut = Cut;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80)
        {
            cut--; // not inside a UTF-8 sequence
        }

        string hash = System.IO.Hashing.XxHash64.HashToUInt64(bytes).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetString(bytes, 0, cut) + "~" + hash;
    }

    /// <summary>The target short name of a temporary name of ours, or null for any other name.</summary>
    public static string? TargetOf(string tempName)
    {
        if (tempName.Length < Suffix + 1 || tempName[0] != '.' || !tempName.EndsWith(".tmp", StringComparison.Ordinal) || tempName[^13] != '.')
        {
            return null;
        }

        return tempName.AsSpan(tempName.Length - 12, 8).ContainsAnyExcept("0123456789abcdef") ? null : tempName[1..^13];
    }

    /// <summary>
    /// Removes, in <paramref name="folder"/> (not below), the stale temporary files of the targets
    /// named <paramref name="names"/>; returns how many. Errors (a folder that cannot be listed) are
    /// ignored: the run that follows reports them if they matter.
    /// </summary>
    public static int Remove(string folder, IEnumerable<string> names)
    {
        if (Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true")
        {
            return 0;
        }

        var targets = names.Select(ShortName).ToHashSet(StringComparer.Ordinal);
        int removed = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                if (TargetOf(Path.GetFileName(path)) is { } t && targets.Contains(t) && TryRemove(path))
                {
                    removed++;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return removed;
    }

    private static bool TryRemove(string path)
    {
        if (Posix.Lstat(path, out var st) != 0 || (st.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFREG)
        {
            return false;
        }

        try
        {
            // Fails while a live writer holds its lock.
            using var locked = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
