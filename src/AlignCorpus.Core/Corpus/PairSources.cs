using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Corpus;

/// <summary>Where a batch's article pairs come from: a manifest, or two folders paired by relative path.</summary>
public static class PairSources
{
    /// <summary>
    /// Reads a manifest: TSV with a header naming at least the columns id, hi and en (any order);
    /// paths are relative to the manifest's folder and must stay inside it. The whole manifest is
    /// checked before anything runs: a missing column or field, a duplicate id or a path outside
    /// the folder is an <see cref="InputException"/> naming the line.
    /// </summary>
    public static List<DocumentPair> FromManifest(string manifest)
    {
        string text = ArticleLoader.Decode(ArticleLoader.ReadAllBytes(manifest), manifest);
        string root = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var lines = text.Split('\n');
        var header = lines[0].TrimEnd('\r').Split('\t');
        int id = Array.IndexOf(header, "id"), hi = Array.IndexOf(header, "hi"), en = Array.IndexOf(header, "en");
        if (id < 0 || hi < 0 || en < 0)
        {
            throw new InputException(InputErrorKind.InvalidFormat, manifest, 1,
                "the header must name the columns id, hi and en (tab-separated); found: " + string.Join(", ", header));
        }

        var pairs = new List<DocumentPair>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int n = 1; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cols = line.Split('\t');
            int need = Math.Max(id, Math.Max(hi, en));
            if (cols.Length <= need || cols[id].Trim().Length == 0 || cols[hi].Trim().Length == 0 || cols[en].Trim().Length == 0)
            {
                throw new InputException(InputErrorKind.InvalidFormat, manifest, n + 1,
                    $"expected {header.Length} tab-separated fields with id, hi and en filled in, found {cols.Length}");
            }

            string docId = cols[id].Trim();
            if (seen.TryGetValue(docId, out int first))
            {
                throw new InputException(InputErrorKind.InvalidFormat, manifest, n + 1, $"duplicate id '{docId}' (first on line {first})");
            }

            seen[docId] = n + 1;
            pairs.Add(new DocumentPair(docId, Inside(root, cols[hi].Trim(), manifest, n + 1), Inside(root, cols[en].Trim(), manifest, n + 1)));
        }

        return pairs;
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
