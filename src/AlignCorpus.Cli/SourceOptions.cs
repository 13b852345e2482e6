using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>Where a batch's (or a lexicon's) article pairs come from: a manifest, two folders, or --pair auto.</summary>
public sealed class SourceOptions
{
    public Option<string?> Manifest { get; } = new("--manifest") { Description = "TSV with a header id<TAB>hi<TAB>en; paths absolute or relative to the manifest's folder. '-' reads it from standard input (paths relative to the working folder)." };

    public Option<string?> HindiDir { get; } = new("--hi-dir") { Description = "Folder of Hindi articles (paired with --en-dir by relative path)." };

    public Option<string?> EnglishDir { get; } = new("--en-dir") { Description = "Folder of English articles." };

    public Option<string?> PairMode { get; } = new("--pair") { Description = "auto: pair the articles of the DIR arguments by content (names need not match)." };

    public Argument<string[]> Dirs { get; } = new("DIR") { Description = "With --pair auto: one or two folders of articles in either language.", Arity = ArgumentArity.ZeroOrMore };

    public Option<string?> PairsOut { get; } = new("--pairs") { Description = "With --pair auto: write the pairing as TSV (hi, en, score; an unpaired article has an empty partner)." };

    public Option<string> Glob { get; } = new("--glob")
    {
        Description = "With folders (--hi-dir/--en-dir, --pair auto): only files whose name matches this pattern (* and ?; e.g. '*.txt'). Default: every file.",
        DefaultValueFactory = _ => "*",
    };

    public Option<bool> NoFollowLinks { get; } = new("--no-follow-links")
    {
        Description = "Follow no symbolic link inside the folders (by default links are followed, each folder read once).",
    };

    public void AddTo(Command command)
    {
        PairMode.HelpName = "auto";
        PairMode.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && r.Tokens[^1].Value != "auto")
            {
                r.AddError($"--pair: '{r.Tokens[^1].Value}' is not one of auto");
            }
        });
        command.Arguments.Add(Dirs);
        foreach (var o in new Option[] { Manifest, HindiDir, EnglishDir, PairMode, PairsOut, NoFollowLinks, Glob })
        {
            command.Options.Add(o);
        }
    }

    public void Validate(ParseResult parse)
    {
        string? man = parse.GetValue(Manifest), hd = parse.GetValue(HindiDir), ed = parse.GetValue(EnglishDir);
        bool auto = parse.GetValue(PairMode) == "auto";
        string[] dirs = parse.GetValue(Dirs) ?? [];
        foreach (var d in dirs)
        {
            // An option the command does not know lands among the folder arguments: say what it is.
            if (d.Length > 1 && d[0] == '-' && !Path.Exists(d))
            {
                string? near = Suggest(d, parse.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
                throw new CliError(ExitCodes.Usage, $"unknown option '{d}'" + (near is null ? string.Empty : $"; did you mean '{near}'?"));
            }
        }

        if (string.IsNullOrEmpty(parse.GetValue(Glob)))
        {
            throw new CliError(ExitCodes.Usage, "--glob: give a pattern such as '*.txt' ('*' for every file)");
        }

        int sources = (man is null ? 0 : 1) + (hd is null && ed is null ? 0 : 1) + (auto ? 1 : 0);
        if (sources != 1 || (hd is null) != (ed is null) || (auto && dirs.Length is < 1 or > 2) || (!auto && dirs.Length > 0))
        {
            throw new CliError(ExitCodes.Usage, "give one source: --manifest FILE, or --hi-dir DIR --en-dir DIR, or --pair auto DIR [DIR]");
        }
    }

    /// <summary>The pairs to align, the inputs that failed, and (with --pair auto) the articles left without partner.</summary>
    /// <remarks>
    /// A manifest streams (it is checked whole first, then read again lazily; standard input,
    /// "-", and other pipes are read once into memory, at most <paramref name="maxBytes"/>);
    /// folders are listed (<see cref="FolderWalker"/>: each folder once, FIFOs and devices skipped
    /// with a warning on <paramref name="stderr"/>) and sorted, so that the order, and so the
    /// output, never depends on the file system.
    /// Every input (manifest, articles, files without partner) is registered with
    /// <paramref name="check"/>, which holds the outputs, before anything is aligned; with
    /// <paramref name="layout"/> (--per-document) every document's file is checked too; without it
    /// the outputs are sealed first, so that the documents' paths are compared and not kept.
    /// With --pair auto the --pairs file is opened (checked writable) before pairing and written,
    /// not committed: the command commits it with its other outputs.
    /// </remarks>
    public Source Resolve(
        ParseResult parse, Aligner aligner, UnitMode units, int threads, OutputCheck check, long maxBytes, TextWriter stderr, PerDocumentLayout? layout = null, CancellationToken cancel = default)
    {
        var failed = new List<UnpairedInput>();
        var withoutPartner = new List<string>();
        string? manifest = parse.GetValue(Manifest);
        AtomicFileWriter? pairsFile = null;
        IEnumerable<DocumentPair> pairs;
        int count;
        if (manifest is not null)
        {
            if (manifest != PairSources.StandardInput)
            {
                check.AddInput(manifest);
            }

            (pairs, count) = PairSources.FromManifest(manifest, maxBytes, manifest == PairSources.StandardInput ? Console.OpenStandardInput() : null);
        }
        else
        {
            var walker = new FolderWalker { FollowLinks = !parse.GetValue(NoFollowLinks), Pattern = parse.GetValue(Glob)!, Warn = m => stderr.WriteLine("aligncorpus: warning: " + m) };
            var list = parse.GetValue(PairMode) == "auto"
                ? AutoPairs(aligner, parse.GetValue(Dirs) ?? [], units, threads, parse.GetValue(PairsOut), check, failed, withoutPartner, walker, maxBytes, cancel, out pairsFile)
                : PairSources.FromDirectories(parse.GetValue(HindiDir)!, parse.GetValue(EnglishDir)!, failed, walker);
            OutputPath.Inputs(check, failed.Select(f => f.Path));
            (pairs, count) = (list, list.Count);
        }

        try
        {
            if (layout is null)
            {
                // The outputs are all registered (the command's and --pairs): the documents' files are
                // compared with them as the manifest streams by, and not kept; when no output exists
                // yet, none can be an input, and the manifest is not read twice.
                check.SealOutputs();
                if (check.InputsCanClash)
                {
                    OutputPath.Inputs(check, pairs.SelectMany(p => new[] { p.HindiPath, p.EnglishPath }));
                }
            }
            else
            {
                layout.RefuseInputFolders(new[] { parse.GetValue(HindiDir), parse.GetValue(EnglishDir) }.Concat(parse.GetValue(Dirs) ?? []).OfType<string>());
                layout.Check(pairs, check, manifest);
            }
        }
        catch
        {
            pairsFile?.Dispose();
            throw;
        }

        return new Source(pairs, count, failed, withoutPartner, pairsFile);
    }

    /// <summary>
    /// The resolved source: pairs (maybe a stream), how many, failed inputs, articles without partner,
    /// and the written but uncommitted --pairs file of --pair auto (the caller commits or disposes it).
    /// </summary>
    public sealed record Source(IEnumerable<DocumentPair> Pairs, int Count, List<UnpairedInput> Failed, List<string> WithoutPartner, AtomicFileWriter? PairsFile);

    /// <summary>--pair auto: every file of the folders, paired by content; the pairing is written to --pairs (not committed).</summary>
    private static List<DocumentPair> AutoPairs(
        Aligner aligner, string[] dirs, UnitMode units, int threads, string? pairsPath, OutputCheck check,
        List<UnpairedInput> failures, List<string> withoutPartner, FolderWalker walker, long maxBytes, CancellationToken cancel, out AtomicFileWriter? pairsFile)
    {
        var files = new List<string>();
        foreach (var d in dirs)
        {
            if (!Directory.Exists(d))
            {
                throw new InputException(File.Exists(d) ? InputErrorKind.NotAFile : InputErrorKind.NotFound, d, null,
                    File.Exists(d) ? "is a file; --pair auto takes folders" : "no such folder");
            }

            files.AddRange(walker.List(d, failures).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value));
        }

        OutputPath.Inputs(check, files);
        pairsFile = OutputPath.OpenOrNull(pairsPath);
        try
        {
            return PairAndWrite(aligner, files, units, threads, maxBytes, pairsFile, failures, withoutPartner, cancel);
        }
        catch
        {
            pairsFile?.Dispose();
            throw;
        }
    }

    private static List<DocumentPair> PairAndWrite(
        Aligner aligner, List<string> files, UnitMode units, int threads, long maxBytes, AtomicFileWriter? file, List<UnpairedInput> failures, List<string> withoutPartner, CancellationToken cancel)
    {
        // ALIGNCORPUS_TRACE_PAIRING=1: each phase of the pairing on stderr (how README's scale numbers were broken down).
        Action<string>? log = Environment.GetEnvironmentVariable("ALIGNCORPUS_TRACE_PAIRING") is { Length: > 0 } ? line => Console.Error.WriteLine("aligncorpus: pairing: " + line) : null;
        var matches = new ArticlePairer(aligner, units) { Threads = threads, MaxInputBytes = maxBytes, Log = log, Cancel = cancel }.Pair(files, failures, out var lonelyEnglish);
        if (file is not null)
        {
            file.Writer.Write("hi\ten\tscore\n");
            foreach (var m in matches)
            {
                file.Writer.Write($"{TsvWriter.Field(m.HindiPath)}\t{TsvWriter.Field(m.EnglishPath ?? string.Empty)}\t{m.Score.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}\n");
            }

            foreach (var e in lonelyEnglish)
            {
                file.Writer.Write($"\t{TsvWriter.Field(e)}\t0.0000\n");
            }
        }

        withoutPartner.AddRange(matches.Where(m => m.EnglishPath is null).Select(m => m.HindiPath));
        withoutPartner.AddRange(lonelyEnglish);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<DocumentPair>();
        foreach (var m in matches.Where(m => m.EnglishPath is not null))
        {
            string id = Path.GetFileName(m.HindiPath);
            for (int k = 2; !ids.Add(id); k++)
            {
                id = Path.GetFileNameWithoutExtension(m.HindiPath) + "~" + k + Path.GetExtension(m.HindiPath);
            }

            pairs.Add(new DocumentPair(id, m.HindiPath, m.EnglishPath!));
        }

        return pairs;
    }

    /// <summary>The known option nearest to <paramref name="token"/> (edit distance at most 2, or a prefix of it), or null.</summary>
    internal static string? Suggest(string token, IEnumerable<string> names)
    {
        string? best = null;
        int bestDistance = 3;
        foreach (var name in names.Where(n => n.StartsWith('-')))
        {
            int d = name.StartsWith(token, StringComparison.Ordinal) ? 1 : Distance(token, name);
            if (d < bestDistance)
            {
                (best, bestDistance) = (name, d);
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
