namespace AlignCorpus.Tests;

/// <summary>
/// The tests' temporary folders, all inside one folder of the test run's own (readable by every
/// user, as tests that run the tool as nobody need; each test's folder is the user's only, 0700, as
/// <see cref="Directory.CreateTempSubdirectory(string?)"/> makes them), removed with everything in
/// them when the test process ends, or, when the test host is ended before its exit handlers are
/// done (as vstest may), by the next run: a folder whose process is gone is removed when a run starts.
/// </summary>
public static class TempFolders
{
    private static readonly Lazy<string> Root = new(() =>
    {
        RemoveLeftOvers();
        string root = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    });

    /// <summary>A new empty folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix)
    {
        string dir = Path.Combine(Root.Value, prefix + Guid.NewGuid().ToString("N")[..12]);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dir);
        }
        else
        {
            Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return dir;
    }

    private const string Prefix = "aligncorpus-tests-";

    /// <summary>Removes the folders of earlier runs whose process is gone (the process id is in the name).</summary>
    private static void RemoveLeftOvers()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            string rest = Path.GetFileName(dir)[Prefix.Length..];
            int dash = rest.IndexOf('-');
            if (dash > 0 && int.TryParse(rest[..dash], out int pid) && !Directory.Exists("/proc/" + pid))
            {
                Remove(dir);
            }
        }
    }

    private static void Remove(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder a test made unremovable on purpose: left to the system's cleaning.
        }
    }
}
