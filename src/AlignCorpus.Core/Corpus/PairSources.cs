using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Corpus;

/// <summary>Where a batch's article pairs come from: a manifest, or two folders paired by relative path.</summary>
public static class PairSources
{
    /// <summary>
    /// Checks a manifest and returns its pairs as a stream: TSV with a header naming at least the
    /// columns id, hi and en (any order); paths are relative to the manifest's folder and must stay
    /// inside it. The whole manifest is checked first (a missing column or field, a duplicate id or a
    /// path outside the folder is an <see cref="InputException"/> naming the line), keeping only
    /// 12 bytes per document; the pairs are then read again lazily, so a manifest of millions of
    /// documents is never held in memory. (Outputs are compared with the paths by the command,
    /// by identity: <see cref="Writing.OutputCheck"/>.)
    /// </summary>
    public static (IEnumerable<DocumentPair> Pairs, int Count) FromManifest(string manifest)
    {
        string root = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var ids = new Dictionary<ulong, int>();
        int count = 0;
        foreach (var (line, pair) in ReadManifest(manifest, root))
        {
            ulong hash = System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(pair.Id));
            if (ids.TryGetValue(hash, out int first))
            {
                throw new InputException(InputErrorKind.InvalidFormat, manifest, line, $"duplicate id '{pair.Id}' (first on line {first})");
            }

            ids[hash] = line;
            count++;
        }

        return (ReadManifest(manifest, root).Select(x => x.Pair), count);
    }

    private static IEnumerable<(int Line, DocumentPair Pair)> ReadManifest(string manifest, string root)
    {
        using var reader = Open(manifest);
        string[]? header = null;
        int id = -1, hi = -1, en = -1;
        int n = 0;
        while (true)
        {
            string? raw;
            try
            {
                raw = reader.ReadLine();
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new InputException(InputErrorKind.InvalidEncoding, manifest, n + 1, "invalid UTF-8; the manifest must be UTF-8 text");
            }

            if (raw is null)
            {
                break;
            }

            n++;
            if (header is null)
            {
                header = raw.Split('\t');
                id = Array.IndexOf(header, "id");
                hi = Array.IndexOf(header, "hi");
                en = Array.IndexOf(header, "en");
                if (id < 0 || hi < 0 || en < 0)
                {
                    throw new InputException(InputErrorKind.InvalidFormat, manifest, 1,
                        "the header must name the columns id, hi and en (tab-separated); found: " + string.Join(", ", header));
                }

                continue;
            }

            if (raw.Trim().Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var cols = raw.Split('\t');
            int need = Math.Max(id, Math.Max(hi, en));
            if (cols.Length <= need || cols[id].Trim().Length == 0 || cols[hi].Trim().Length == 0 || cols[en].Trim().Length == 0)
            {
                throw new InputException(InputErrorKind.InvalidFormat, manifest, n,
                    $"expected {header.Length} tab-separated fields with id, hi and en filled in, found {cols.Length}");
            }

            yield return (n, new DocumentPair(cols[id].Trim(), Inside(root, cols[hi].Trim(), manifest, n), Inside(root, cols[en].Trim(), manifest, n)) { Line = n });
        }

        if (header is null)
        {
            throw new InputException(InputErrorKind.Empty, manifest, null, "is empty; expected a header id<TAB>hi<TAB>en");
        }
    }

    private static StreamReader Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(InputErrorKind.NotAFile, path, null, "is a directory, not a file");
        }

        try
        {
            return new StreamReader(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(InputErrorKind.NotFound, path, null, "no such file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(InputErrorKind.Unreadable, path, null, "cannot be read (permission denied)", e);
        }
    }

    /// <summary>
    /// Pairs the files of two folders by identical relative path (sorted, ordinal); the id is the
    /// relative path with '/' separators. Files with no partner are returned in <paramref name="unpaired"/>.
    /// </summary>
    public static List<DocumentPair> FromDirectories(string hindiDir, string englishDir, List<UnpairedInput> unpaired)
    {
        foreach (var d in new[] { hindiDir, englishDir })
        {
            if (!Directory.Exists(d))
            {
                throw new InputException(File.Exists(d) ? InputErrorKind.NotAFile : InputErrorKind.NotFound, d, null,
                    File.Exists(d) ? "is a file, not a folder" : "no such folder");
            }
        }

        var hi = Relative(hindiDir);
        var en = Relative(englishDir);
        var pairs = new List<DocumentPair>();
        foreach (var rel in hi.Keys.Order(StringComparer.Ordinal))
        {
            if (en.ContainsKey(rel))
            {
                pairs.Add(new DocumentPair(rel, hi[rel], en[rel]));
            }
            else
            {
                unpaired.Add(new UnpairedInput(rel, hi[rel], "no English file with the same relative path"));
            }
        }

        foreach (var rel in en.Keys.Where(k => !hi.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            unpaired.Add(new UnpairedInput(rel, en[rel], "no Hindi file with the same relative path"));
        }

        return pairs;
    }

    /// <summary>The files under a folder (recursively, hidden ones skipped) by relative path.</summary>
    public static Dictionary<string, string> Relative(string dir)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(dir, f).Replace('\\', '/');
            if (rel.Split('/').Any(p => p.StartsWith('.')))
            {
                continue;
            }

            map[rel] = f;
        }

        return map;
    }

    private static string Inside(string root, string relative, string manifest, int line)
    {
        string full = Path.GetFullPath(Path.Combine(root, relative));
        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InputException(InputErrorKind.InvalidFormat, manifest, line, $"'{relative}' points outside the manifest's folder");
        }

        return full;
    }
}
