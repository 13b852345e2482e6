using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Corpus;

/// <summary>Where a batch's article pairs come from: a manifest, or two folders paired by relative path.</summary>
public static class PairSources
{
    /// <summary>The manifest name that means standard input.</summary>
    public const string StandardInput = InputFile.StandardInput;

    /// <summary>
    /// Checks a manifest and returns its pairs as a stream: TSV with a header naming at least the
    /// columns id, hi and en (any order); paths are absolute, or relative to the manifest's folder. The whole manifest is checked first (a missing column or field, a duplicate id, a
    /// NUL in a field or a path outside the folder is an <see cref="InputException"/> naming the
    /// line), keeping only 12 bytes per document; the pairs are then read again lazily, so a manifest
    /// of millions of documents is never held in memory. (Outputs are compared with the paths by the
    /// command, by identity: <see cref="Writing.OutputCheck"/>.)
    /// A manifest that cannot be read twice (standard input as "-", /dev/stdin, a pipe, a FIFO) or
    /// is compressed (gzip, zstd, xz, bzip2: decompressed by <see cref="InputFile"/>) is read once
    /// into memory, at most <paramref name="maxBytes"/> (decompressed); its paths are relative to the
    /// working folder when it is standard input or another /dev or /proc entry.
    /// </summary>
    public static (IEnumerable<DocumentPair> Pairs, int Count) FromManifest(
        string manifest, long maxBytes = InputFile.DefaultMaxBytes, Stream? standardInput = null)
    {
        var (open, root) = Source(manifest, maxBytes, standardInput);

        // The ids' hashes, 8 bytes a document, sorted: two equal ones are a duplicate, whose lines
        // a further pass finds (a map from hash to line would hold three times as much for a
        // corpus). The first fault in line order is reported, as a single pass would: a duplicate
        // before a malformed line, the malformed line before a later duplicate.
        var ids = new List<ulong>();
        InputException? fault = null;
        try
        {
            foreach (var (_, pair) in ReadManifest(manifest, root, open))
            {
                ids.Add(IdHash(pair.Id));
            }
        }
        catch (InputException e)
        {
            fault = e;
        }

        int count = ids.Count;
        ids.Sort();
        HashSet<ulong>? repeated = null;
        for (int k = 1; k < ids.Count; k++)
        {
            if (ids[k] == ids[k - 1])
            {
                (repeated ??= []).Add(ids[k]);
            }
        }

        if (repeated is not null)
        {
            ThrowDuplicate(manifest, root, open, repeated);
        }

        if (fault is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
        }

        return (ReadManifest(manifest, root, open).Select(x => x.Pair), count);
    }

    private static ulong IdHash(string id) => System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(id));

    /// <summary>The error for the first line, in order, whose id (one of <paramref name="repeated"/>'s hashes) an earlier line has, naming that line.</summary>
    private static void ThrowDuplicate(string manifest, string root, Func<Stream> open, HashSet<ulong> repeated)
    {
        var first = new Dictionary<ulong, int>();
        foreach (var (line, pair) in ReadManifest(manifest, root, open))
        {
            ulong hash = IdHash(pair.Id);
            if (!repeated.Contains(hash))
            {
                continue;
            }

            if (first.TryGetValue(hash, out int earlier))
            {
                throw new InputException(InputErrorKind.InvalidFormat, manifest, line, $"duplicate id '{pair.Id}' (first on line {earlier})");
            }

            first[hash] = line;
        }
    }

    /// <summary>
    /// How to open the manifest (once per pass) and the folder its paths are relative to: a regular
    /// file is opened again for each pass; anything else is spooled into memory once.
    /// </summary>
    private static (Func<Stream> Open, string Root) Source(string manifest, long maxBytes, Stream? standardInput)
    {
        if (manifest == StandardInput)
        {
            var input = standardInput ?? throw new InputException(InputErrorKind.NotFound, manifest, null, "standard input is not available");
            byte[] bytes = InputFile.ReadAllBytes(StandardInput, maxBytes, standardInput: input);
            return (() => new MemoryStream(bytes, writable: false), Directory.GetCurrentDirectory());
        }

        InputFile.CheckPath(manifest);
        string full = Path.GetFullPath(manifest);
        bool special = full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
        string root = special ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(full)!;
        if (FileNode.Of(manifest, followLinks: true, out _) is { IsRegular: true } && !InputFile.IsCompressed(manifest, maxBytes))
        {
            return (() => InputFile.Bounded(InputFile.OpenRead(manifest, maxBytes), manifest, maxBytes), root);
        }

        // A pipe or a FIFO gives its bytes once, and a compressed manifest is decompressed once
        // (and checked whole): keep them for both passes.
        byte[] spooled = InputFile.ReadAllBytes(manifest, maxBytes);

        return (() => new MemoryStream(spooled, writable: false), root);
    }

    private static IEnumerable<(int Line, DocumentPair Pair)> ReadManifest(string manifest, string root, Func<Stream> open)
    {
        using var reader = new StreamReader(open(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
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

            if (raw.Contains('\0', StringComparison.Ordinal))
            {
                throw new InputException(InputErrorKind.InvalidFormat, manifest, n, "contains a NUL character; ids and paths cannot hold one");
            }

            yield return (n, new DocumentPair(cols[id].Trim(), Resolve(root, cols[hi].Trim()), Resolve(root, cols[en].Trim())) { Line = n });
        }

        if (header is null)
        {
            throw new InputException(InputErrorKind.Empty, manifest, null, "is empty; expected a header id<TAB>hi<TAB>en");
        }
    }

    /// <summary>
    /// Pairs the files of two folders by identical relative path (sorted, ordinal); the id is the
    /// relative path with '/' separators. Files with no partner, folders that cannot be read and
    /// broken links are returned in <paramref name="unpaired"/>; <paramref name="walker"/> says how
    /// links are followed and where skipped entries are reported (see <see cref="FolderWalker"/>).
    /// </summary>
    public static List<DocumentPair> FromDirectories(string hindiDir, string englishDir, List<UnpairedInput> unpaired, FolderWalker? walker = null)
    {
        foreach (var d in new[] { hindiDir, englishDir })
        {
            if (!Directory.Exists(d))
            {
                throw new InputException(File.Exists(d) ? InputErrorKind.NotAFile : InputErrorKind.NotFound, d, null,
                    File.Exists(d) ? "is a file, not a folder" : "no such folder");
            }
        }

        walker ??= new FolderWalker();
        var hiFailed = new List<UnpairedInput>();
        var enFailed = new List<UnpairedInput>();
        var hi = walker.List(hindiDir, hiFailed);
        var en = walker.List(englishDir, enFailed);
        unpaired.AddRange(hiFailed);
        unpaired.AddRange(enFailed);
        var pairs = new List<DocumentPair>();
        foreach (var rel in hi.Keys.Order(StringComparer.Ordinal))
        {
            if (en.ContainsKey(rel))
            {
                pairs.Add(new DocumentPair(rel, hi[rel], en[rel]));
            }
            else
            {
                unpaired.Add(new UnpairedInput(rel, hi[rel], Partner(rel, enFailed, "English")));
            }
        }

        foreach (var rel in en.Keys.Where(k => !hi.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            unpaired.Add(new UnpairedInput(rel, en[rel], Partner(rel, hiFailed, "Hindi")));
        }

        return pairs;
    }

    /// <summary>Why a file has no partner: none with its path, or the partner's folder could not be read.</summary>
    private static string Partner(string rel, List<UnpairedInput> otherFailed, string language) =>
        otherFailed.FirstOrDefault(f => rel.StartsWith(f.Id, StringComparison.Ordinal) && f.Id.EndsWith('/')) is { } folder
            ? $"its {language} folder '{folder.Id}' cannot be read"
            : $"no {language} file with the same relative path";

    /// <summary>
    /// A manifest's path: absolute as written, relative against the manifest's folder (it may lie
    /// outside it, as manifests written by other tools name files anywhere; the outputs are
    /// compared with every such path by identity before anything runs).
    /// </summary>
    private static string Resolve(string root, string path) => Path.GetFullPath(Path.Combine(root, path));
}
