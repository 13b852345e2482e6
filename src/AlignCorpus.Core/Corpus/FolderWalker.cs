using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// Lists the article files under a folder, safely over trees that other programs wrote:
/// <list type="bullet">
/// <item>every folder is read once, by identity (device and inode), so a symbolic link back to
/// an ancestor, or several nested loops, can repeat no document and cannot explode; the real
/// folders of the tree are read before any folder reached through a link, so a link never
/// takes a folder's documents from their own path;</item>
/// <item>with <see cref="FollowLinks"/> false no link below the root is followed (the root itself,
/// named by the user, is);</item>
/// <item>FIFOs, devices and sockets are never opened (opening a FIFO waits for a writer): they are
/// skipped with a warning;</item>
/// <item>a folder that cannot be read, or a broken link, is a failed input (the batch goes on
/// and reports it); only an unreadable root is an error.</item>
/// </list>
/// Hidden files and folders (a name starting with '.') are skipped, as before.
/// </summary>
public sealed class FolderWalker
{
    /// <summary>Follow symbolic links below the root (default), each folder still read once.</summary>
    public bool FollowLinks { get; init; } = true;

    /// <summary>
    /// Which file names are documents (--glob): <c>*</c> and <c>?</c> wildcards, matched against the
    /// name alone and case-sensitively; folders are walked whatever their names.
    /// </summary>
    public string Pattern { get; init; } = "*";

    /// <summary>Receives a line for each entry skipped (a FIFO, a device, a link to a folder already read).</summary>
    public Action<string>? Warn { get; init; }

    /// <summary>
    /// The regular files under <paramref name="root"/> (recursively), by relative path with '/'
    /// separators. Folders that cannot be read and broken links go to <paramref name="failed"/>
    /// (id: the relative path).
    /// </summary>
    public Dictionary<string, string> List(string root, List<UnpairedInput> failed)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var top = FileNode.Of(root, followLinks: true, out string? error);
        if (top is not { Kind: FileKind.Directory } rootNode)
        {
            throw new InputException(top is null ? InputErrorKind.NotFound : InputErrorKind.NotAFile, root, null,
                top is null ? error ?? "no such folder" : "is not a folder");
        }

        var seen = new Dictionary<(ulong, ulong), string>
        {
            [rootNode.Identity] = ".",
        };
        var folders = new Stack<(string Path, string Rel)>();
        var links = new Queue<(string Path, string Rel, FileNode Target)>();
        int linksSkipped = 0;
        folders.Push((root, string.Empty));
        while (true)
        {
            if (folders.Count == 0)
            {
                // The tree's own folders are all read; now those reached through links, in order.
                if (links.Count == 0)
                {
                    break;
                }

                var (linkPath, linkRel, target) = links.Dequeue();
                if (seen.TryGetValue(target.Identity, out string? first))
                {
                    Warn?.Invoke($"{linkPath}: a link to a folder already read (as {Shown(first)}); skipped");
                    continue;
                }

                seen[target.Identity] = linkRel;
                folders.Push((linkPath, linkRel));
                continue;
            }

            var (dir, rel) = folders.Pop();
            string[] names;
            try
            {
                names = Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).OfType<string>().ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                string reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                if (rel.Length == 0)
                {
                    throw new InputException(InputErrorKind.Unreadable, root, null, $"the folder cannot be read ({reason})", e);
                }

                failed.Add(new UnpairedInput(rel + "/", dir, $"the folder cannot be read ({reason}); its documents are not aligned"));
                continue;
            }

            Array.Sort(names, StringComparer.Ordinal);
            var subfolders = new List<(string Path, string Rel)>();
            foreach (string name in names)
            {
                if (name.StartsWith('.'))
                {
                    continue;
                }

                string path = Path.Combine(dir, name);
                string relPath = rel.Length == 0 ? name : rel + "/" + name;
                var node = FileNode.Of(path, followLinks: false, out error);
                if (node is not { } entry)
                {
                    failed.Add(new UnpairedInput(relPath, path, error ?? "cannot be read"));
                    continue;
                }

                if (entry.Kind == FileKind.SymbolicLink)
                {
                    if (!FollowLinks)
                    {
                        linksSkipped++;
                        continue;
                    }

                    var target = FileNode.Of(path, followLinks: true, out error);
                    if (target is null && !Wanted(name))
                    {
                        continue;
                    }

                    if (target is not { } t)
                    {
                        failed.Add(new UnpairedInput(relPath, path, $"a broken symbolic link ({error})"));
                        continue;
                    }

                    if (t.Kind == FileKind.Directory)
                    {
                        links.Enqueue((path, relPath, t));
                        continue;
                    }

                    entry = t;
                }

                if (entry.Kind != FileKind.Directory && !Wanted(name))
                {
                    continue;
                }

                switch (entry.Kind)
                {
                    case FileKind.Regular:
                        files[relPath] = path;
                        break;
                    case FileKind.Directory when seen.TryAdd(entry.Identity, relPath):
                        subfolders.Add((path, relPath));
                        break;
                    case FileKind.Directory:
                        // A folder reached again below a followed link (or through a bind mount).
                        Warn?.Invoke($"{path}: a folder already read (as {Shown(seen[entry.Identity])}); skipped");
                        break;
                    default:
                        Warn?.Invoke($"{path}: {FileNode.Describe(entry.Kind)}, not a regular file; skipped");
                        break;
                }
            }

            // Pushed in reverse so that folders are read in name order (the order only shapes warnings).
            for (int i = subfolders.Count - 1; i >= 0; i--)
            {
                folders.Push(subfolders[i]);
            }
        }

        if (linksSkipped > 0)
        {
            Warn?.Invoke($"{root}: {linksSkipped} symbolic link(s) below it not followed");
        }

        return files;
    }

    private bool Wanted(string name) =>
        Pattern == "*" || System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(Pattern, name, ignoreCase: false);

    private static string Shown(string rel) => rel == "." ? "the top folder" : rel;
}
