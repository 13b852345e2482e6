namespace AlignCorpus.Core.Files;

/// <summary>
/// The temporary files of the outputs being written, so that a signal can remove every one of them
/// and no output is committed after it: <see cref="RemoveAll"/> deletes them and closes the registry;
/// a commit that comes later is refused.
/// </summary>
/// <remarks>The outputs use <see cref="Process"/>, one registry per process since signals are per process.</remarks>
public sealed class TempFiles
{
    private readonly HashSet<string> _live = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _closed;

    /// <summary>The registry of this process's outputs.</summary>
    public static TempFiles Process { get; } = new();

    /// <summary>Records a temporary file being written.</summary>
    public void Register(string path)
    {
        lock (_gate)
        {
            _live.Add(path);
        }
    }

    /// <summary>Forgets a temporary file (renamed into place or deleted).</summary>
    public void Unregister(string path)
    {
        lock (_gate)
        {
            _live.Remove(path);
        }
    }

    /// <summary>
    /// Runs <paramref name="rename"/> (the rename of <paramref name="path"/> into place) unless the
    /// registry was closed by <see cref="RemoveAll"/>; then the run was stopped and nothing is committed.
    /// </summary>
    /// <exception cref="OperationCanceledException">The registry was closed: the process is stopping.</exception>
    public void Commit(string path, Action rename)
    {
        lock (_gate)
        {
            if (_closed)
            {
                throw new OperationCanceledException("stopped: no output is committed any more");
            }

            rename();
            _live.Remove(path);
        }
    }

    /// <summary>Deletes every temporary file still being written and refuses later commits; returns how many were removed.</summary>
    public int RemoveAll()
    {
        lock (_gate)
        {
            _closed = true;
            int removed = 0;
            foreach (var p in _live)
            {
                try
                {
                    File.Delete(p);
                    removed++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }

            _live.Clear();
            return removed;
        }
    }
}
