using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>aligncorpus batch: aligns many article pairs into one corpus or one file per document.</summary>
public static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var manifest = new Option<string?>("--manifest") { Description = "TSV with a header id<TAB>hi<TAB>en; paths relative to the manifest." };
        var hiDir = new Option<string?>("--hi-dir") { Description = "Folder of Hindi articles (paired with --en-dir by relative path)." };
        var enDir = new Option<string?>("--en-dir") { Description = "Folder of English articles." };
        var pairMode = new Option<string?>("--pair") { Description = "auto: pair the articles of the DIR arguments by content (names need not match)." };
        pairMode.AcceptOnlyFromAmong("auto");
        var dirs = new Argument<string[]>("DIR") { Description = "With --pair auto: one or two folders of articles in either language.", Arity = ArgumentArity.ZeroOrMore };
        var pairsOut = new Option<string?>("--pairs") { Description = "With --pair auto: write the pairing as TSV (hi, en, score; an unpaired article has an empty partner)." };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "tsv or tmx for a corpus; beads, tsv or tmx with --per-document.",
            DefaultValueFactory = _ => OutputFormat.Tsv,
        };
        var output = new Option<string?>("--output", "-o") { Description = "The corpus file (TSV with a leading doc column, or TMX); default stdout." };
        var perDocument = new Option<string?>("--per-document") { Description = "Write one file per document into this folder instead (ID.txt beads, ID.tsv, ID.tmx)." };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads (default: all cores). Output is the same for any number.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var shard = new Option<string?>("--shard") { Description = "Take only share K of N (0 <= K < N) of the documents, by a hash of their id: K/N." };
        var minScore = new Option<double>("--min-score") { Description = "Reject pairs scored below this (0-1)." };
        var minRatio = new Option<double>("--min-ratio") { Description = "Reject pairs whose English/Hindi length ratio is below this." };
        var maxRatio = new Option<double>("--max-ratio")
        {
            Description = "Reject pairs whose English/Hindi length ratio is above this.",
            DefaultValueFactory = _ => double.PositiveInfinity,
        };
        var noScript = new Option<bool>("--no-script-check") { Description = "Keep pairs whose Hindi side is not mostly Devanagari or English side not mostly Latin." };
        var keepDuplicates = new Option<bool>("--keep-duplicates") { Description = "Keep exact duplicate pairs (dropped by default)." };
        var rejected = new Option<string?>("--rejected") { Description = "Write the rejected pairs here (doc, reason, score, hi, en)." };
        var summaryPath = new Option<string?>("--summary") { Description = "Write the summary as JSON to this file." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary on stderr." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first document that fails." };
        var columns = new Option<string?>("--columns") { Description = "TSV columns after doc, from hi,en,score,hi_units,en_units." };
        var includeUnaligned = new Option<bool>("--include-unaligned") { Description = "Also write unaligned units to TSV/TMX." };
        var units = new Option<UnitMode>("--units") { Description = "lines or blocks.", DefaultValueFactory = _ => UnitMode.Lines };
        var dictionary = new DictionaryOptions();

        var command = new Command("batch", "Align many article pairs, in parallel, into one corpus or one file per document.\n\n" +
            "Examples:\n" +
            "  aligncorpus batch --hi-dir hi/ --en-dir en/ -o corpus.tsv --summary summary.json\n" +
            "  aligncorpus batch --manifest pairs.tsv --format tmx -o corpus.tmx --min-score 0.5 --rejected rejected.tsv\n" +
            "  aligncorpus batch --hi-dir hi/ --en-dir en/ --per-document out/ --format beads\n" +
            "  aligncorpus batch --manifest pairs.tsv --shard 3/8 -o part-3.tsv\n" +
            "  aligncorpus batch --pair auto scraped/ --pairs pairing.tsv -o corpus.tsv\n\n" +
            "Exit codes: 0 all done, 1 usage error, 2 bad input (manifest, folders), 3 some documents failed, 4 output not writable, 130 interrupted.")
        {
            dirs, manifest, hiDir, enDir, pairMode, pairsOut, format, output, perDocument, threads, shard, minScore, minRatio, maxRatio, noScript, keepDuplicates,
            rejected, summaryPath, quiet, failFast, columns, includeUnaligned, units,
        };
        dictionary.AddTo(command);

        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            string? man = parse.GetValue(manifest), hd = parse.GetValue(hiDir), ed = parse.GetValue(enDir);
            bool auto = parse.GetValue(pairMode) == "auto";
            string[] autoDirs = parse.GetValue(dirs) ?? [];
            int sources = (man is null ? 0 : 1) + (hd is null && ed is null ? 0 : 1) + (auto ? 1 : 0);
            if (sources != 1 || (hd is null) != (ed is null) || (auto && autoDirs.Length is < 1 or > 2) || (!auto && autoDirs.Length > 0))
            {
                throw new CliError(ExitCodes.Usage, "give one source: --manifest FILE, or --hi-dir DIR --en-dir DIR, or --pair auto DIR [DIR]");
            }

            var fmt = parse.GetValue(format);
            string? outPath = parse.GetValue(output), perDoc = parse.GetValue(perDocument);
            if (perDoc is not null && outPath is not null)
            {
                throw new CliError(ExitCodes.Usage, "--per-document and --output exclude each other");
            }

            if (perDoc is null && fmt == OutputFormat.Beads)
            {
                throw new CliError(ExitCodes.Usage, "--format beads writes one file per document: add --per-document DIR");
            }

            int threadCount = parse.GetValue(threads);
            if (threadCount < 1)
            {
                throw new CliError(ExitCodes.Usage, "--threads must be at least 1");
            }

            Shard? share = null;
            if (parse.GetValue(shard) is { } shardText)
            {
                try
                {
                    share = Shard.Parse(shardText);
                }
                catch (FormatException e)
                {
                    throw new CliError(ExitCodes.Usage, e.Message);
                }
            }

            var unpaired = new List<UnpairedInput>();
            var aligner = new Aligner(AlignerOptions.Default, dictionary.Load(parse, stderr));
            var withoutPartner = new List<string>();
            List<DocumentPair> pairs;
            if (auto)
            {
                pairs = AutoPairs(aligner, autoDirs, parse.GetValue(units), parse.GetValue(threads), parse.GetValue(pairsOut), unpaired, withoutPartner);
            }
            else
            {
                pairs = man is not null ? PairSources.FromManifest(man) : PairSources.FromDirectories(hd!, ed!, unpaired);
            }

            if (share is { } sh)
            {
                pairs = pairs.Where(p => sh.Contains(p.Id)).ToList();
                unpaired = unpaired.Where(u => sh.Contains(u.Id)).ToList();
            }

            var inputs = pairs.SelectMany(p => new[] { p.HindiPath, p.EnglishPath }).ToList();
            foreach (var o in new[] { outPath, parse.GetValue(rejected), parse.GetValue(summaryPath) })
            {
                if (o is not null)
                {
                    OutputPath.Check(o, inputs);
                }
            }

            if (perDoc is not null)
            {
                Directory.CreateDirectory(perDoc);
            }

            var writerOptions = new WriterOptions
            {
                IncludeUnaligned = parse.GetValue(includeUnaligned),
                Columns = AlignCommand.ParseColumns(parse.GetValue(columns)),
                ToolVersion = Program.Version,
            };
            var options = new BatchOptions
            {
                Threads = threadCount,
                FailFast = parse.GetValue(failFast),
                Units = parse.GetValue(units),
                Filters = new FilterOptions
                {
                    MinScore = parse.GetValue(minScore),
                    MinLengthRatio = parse.GetValue(minRatio),
                    MaxLengthRatio = parse.GetValue(maxRatio),
                    ScriptCheck = !parse.GetValue(noScript),
                    DropDuplicates = !parse.GetValue(keepDuplicates),
                },
            };
            bool isQuiet = parse.GetValue(quiet);
            var progress = new Progress(stderr, interactive: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null, isQuiet);

            using var corpusFile = outPath is not null ? OutputPath.Open(outPath) : null;
            using var rejectedFile = parse.GetValue(rejected) is { } rp ? OutputPath.Open(rp) : null;
            var sinks = new List<IBatchSink>();
            CorpusTmxSink? tmx = null;
            if (perDoc is not null)
            {
                sinks.Add(new PerDocumentSink(perDoc, fmt, writerOptions));
            }
            else
            {
                var corpusWriter = corpusFile?.Writer ?? stdout;
                if (fmt == OutputFormat.Tmx)
                {
                    tmx = new CorpusTmxSink(corpusWriter, writerOptions);
                    sinks.Add(tmx);
                }
                else
                {
                    sinks.Add(new CorpusTsvSink(corpusWriter, writerOptions));
                }
            }

            if (rejectedFile is not null)
            {
                sinks.Add(new RejectedSink(rejectedFile.Writer));
            }

            var summary = new BatchRunner(aligner, options).Run(pairs, unpaired, new CompositeSink(sinks), progress.Report, pairs.Count, cancel);
            summary.Unpaired.AddRange(withoutPartner);
            progress.Done();
            if (summary.Interrupted)
            {
                // Nothing is committed: the temporary files are deleted on dispose.
                stderr.WriteLine("aligncorpus: interrupted; no output file was written");
                return ExitCodes.Interrupted;
            }

            tmx?.Finish();
            corpusFile?.Commit();
            rejectedFile?.Commit();
            if (tmx is { RemovedCharacters: > 0 })
            {
                stderr.WriteLine($"aligncorpus: removed {tmx.RemovedCharacters} character(s) that XML forbids from the TMX output");
            }

            if (parse.GetValue(summaryPath) is { } sp)
            {
                using var file = OutputPath.Open(sp);
                file.Writer.Flush();
                using (var ms = new MemoryStream())
                {
                    summary.WriteJson(ms);
                    file.Writer.Write(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
                    file.Writer.Write('\n');
                }

                file.Commit();
            }

            if (!isQuiet)
            {
                summary.WriteText(stderr);
            }

            return summary.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>--pair auto: every file of the folders, paired by content; the pairing is written to --pairs.</summary>
    private static List<DocumentPair> AutoPairs(
        Aligner aligner, string[] dirs, UnitMode units, int threads, string? pairsPath, List<UnpairedInput> failures, List<string> withoutPartner)
    {
        var files = new List<string>();
        foreach (var d in dirs)
        {
            if (!Directory.Exists(d))
            {
                throw new InputException(File.Exists(d) ? InputErrorKind.NotAFile : InputErrorKind.NotFound, d, null,
                    File.Exists(d) ? "is a file; --pair auto takes folders" : "no such folder");
            }

            files.AddRange(PairSources.Relative(d).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value));
        }

        if (pairsPath is not null)
        {
            OutputPath.Check(pairsPath, files);
        }

        var matches = new ArticlePairer(aligner, units) { Threads = threads }.Pair(files, failures, out var lonelyEnglish);
        if (pairsPath is not null)
        {
            using var file = OutputPath.Open(pairsPath);
            file.Writer.Write("hi\ten\tscore\n");
            foreach (var m in matches)
            {
                file.Writer.Write($"{TsvWriter.Field(m.HindiPath)}\t{TsvWriter.Field(m.EnglishPath ?? string.Empty)}\t{m.Score.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}\n");
            }

            foreach (var e in lonelyEnglish)
            {
                file.Writer.Write($"\t{TsvWriter.Field(e)}\t0.0000\n");
            }

            file.Commit();
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
}
