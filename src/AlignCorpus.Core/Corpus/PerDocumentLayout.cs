using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// Where --per-document puts each document's file (FOLDER/ID with the format's extension, see
/// <see cref="DocumentFileName"/>), and the checks made on all of them before anything runs.
/// </summary>
/// <remarks>With a <paramref name="compression"/>, every file is compressed and named for it (<c>ID.tsv.gz</c>).</remarks>
public sealed class PerDocumentLayout(string folder, OutputFormat format, Compression compression = Compression.None)
{
    /// <summary>The folder, absolute.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    public OutputFormat Format { get; } = format;

    /// <summary>How every file is compressed (None: plain).</summary>
    public Compression Compression { get; } = compression;

    /// <summary>
    /// The files of a document: ".txt" (beads), ".tsv", ".tmx", ".jsonl", or ".hi" and ".en" (Moses),
    /// each followed by the compression's extension (".tsv.gz").
    /// </summary>
    public IReadOnlyList<string> Extensions { get; } = format switch
    {
        OutputFormat.Beads => [".txt" + CompressionFormat.Extension(compression)],
        OutputFormat.Tsv => [".tsv" + CompressionFormat.Extension(compression)],
        OutputFormat.Jsonl => [".jsonl" + CompressionFormat.Extension(compression)],
        OutputFormat.Moses => ["." + TmxWriter.HindiLang + CompressionFormat.Extension(compression), "." + TmxWriter.EnglishLang + CompressionFormat.Extension(compression)],
        _ => [".tmx" + CompressionFormat.Extension(compression)],
    };

    /// <summary>The output path of a document's file with the given extension (by default its first).</summary>
    public string PathFor(string id, string? extension = null) => Path.Combine(Folder, DocumentFileName.For(id, extension ?? Extensions[0]));

    /// <summary>True when every file of the document exists (written atomically, so complete): --skip-existing skips it.</summary>
    public bool Exists(string id) => Extensions.All(e => File.Exists(PathFor(id, e)));

    /// <summary>Refuses a folder that is, or lies inside, one of the input folders: its files would land among the inputs.</summary>
    public void RefuseInputFolders(IEnumerable<string> inputFolders)
    {
        string mine = FileIdentity.RealPath(Folder);
        foreach (var dir in inputFolders)
        {
            if (mine == FileIdentity.RealPath(dir) || FileIdentity.IsInside(mine, dir))
            {
                throw new InputException(InputErrorKind.OutputConflict, folder, null,
                    $"--per-document is the input folder {dir} or inside it (links followed); its files would be written among the inputs: choose another folder");
            }
        }
    }

    /// <summary>
    /// Checks every document before anything runs: its id names a file (else exit 2 naming the
    /// manifest line, or the Hindi file of a folder pair); no two documents share an output path;
    /// the path lies inside the folder once links are followed and is not a folder; no output is an
    /// input or another output (by identity, through <paramref name="check"/>, which also gets the
    /// pairs' inputs). Then removes the stale temporary files of these outputs (see <see cref="StaleTemps"/>).
    /// </summary>
    /// <param name="pairs">The documents.</param>
    /// <param name="check">The identity check holding the run's other inputs and outputs.</param>
    /// <param name="manifest">The manifest the pairs with a line come from, or null.</param>
    public void Check(IEnumerable<DocumentPair> pairs, OutputCheck check, string? manifest)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            check.AddInput(pair.HindiPath);
            check.AddInput(pair.EnglishPath);
            string source = pair.Line is not null && manifest is not null ? manifest : pair.HindiPath;
            string shown = DocumentFileName.Display(pair.Id);
            foreach (var extension in Extensions)
            {
                if (DocumentFileName.Problem(pair.Id, extension) is { } problem)
                {
                    throw new InputException(InputErrorKind.InvalidFormat, source, pair.Line, $"id '{shown}' cannot name a per-document file: {problem}");
                }

                string relative = Path.ChangeExtension(pair.Id, extension);
                if (!byName.TryAdd(relative, pair.Id))
                {
                    throw new InputException(InputErrorKind.InvalidFormat, source, pair.Line,
                        $"ids '{DocumentFileName.Display(byName[relative])}' and '{shown}' would both be written to {relative}; give them distinct names");
                }

                string path = Path.Combine(Folder, relative);
                if (!FileIdentity.IsInside(path, Folder))
                {
                    throw new InputException(InputErrorKind.OutputConflict, path, null, $"the file of '{shown}' lies outside {Folder} once links are followed");
                }

                if (FileIdentity.KindOf(path) == FileKind.Directory)
                {
                    throw new InputException(InputErrorKind.OutputConflict, path, null, $"is a folder; the file of '{shown}' cannot be written there");
                }

                check.AddOutput($"the per-document file of '{shown}'", path);
            }
        }

        foreach (var inFolder in byName.Keys.GroupBy(k => Path.GetDirectoryName(Path.Combine(Folder, k))!, StringComparer.Ordinal))
        {
            StaleTemps.Remove(inFolder.Key, inFolder.Select(Path.GetFileName)!);
        }
    }
}
