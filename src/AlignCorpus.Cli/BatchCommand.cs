using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>aligncorpus batch: aligns many article pairs into one corpus or one file per document.</summary>
public static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var source = new SourceOptions();
        var format = Choices.Of("--format",
            "tsv, tmx, jsonl or moses (NAME.hi and NAME.en) for a corpus; beads, tsv, tmx, jsonl or moses (ID.hi and ID.en) with --per-document.",
            OutputFormat.Tsv, "-f");
        var mosesHi = MosesOutput.HindiOption();
        var mosesEn = MosesOutput.EnglishOption();
        var output = new Option<string?>("--output", "-o") { Description = "The corpus file (TSV with a leading doc column, TMX, JSONL; NAME for NAME.hi and NAME.en with moses); default stdout." };
        var perDocument = new Option<string?>("--per-document") { Description = "Write one file per document into this folder instead (ID.txt beads, ID.tsv, ID.tmx, ID.jsonl, ID.hi and ID.en; ID.tsv.gz with --compress gz)." };
        var compress = CompressOption.Create();
        var threads = NumberOptions.Threads();
        var shard = new Option<string?>("--shard") { Description = "Take only share K of N (0 <= K < N) of the documents, by a hash of their id: K/N." };
        var minScore = NumberOptions.Real("--min-score", FormattableString.Invariant(
            $"Reject pairs scored below this (0-1; in a document whose document score is below {DocumentVerdict.Unrelated:0.00}, a pair's score is at most the document score)."), 0, 1, 0);
        var minDocScore = NumberOptions.Real("--min-doc-score", FormattableString.Invariant(
            $"Reject every pair of a document whose document score (share of each side aligned with confidence) is below this (0-1; {DocumentVerdict.Unrelated:0.00} suggested; reason unrelated-document)."), 0, 1, 0);
        var minRatio = NumberOptions.Real("--min-ratio", "Reject pairs whose English/Hindi length ratio is below this.", 0, double.MaxValue, 0);
        var maxRatio = NumberOptions.Real("--max-ratio", "Reject pairs whose English/Hindi length ratio is above this (default: no limit).", 0, double.MaxValue, double.PositiveInfinity);
        var noScript = new Option<bool>("--no-script-check") { Description = "Keep pairs whose sides are not Hindi and English by script (the Hindi side not clearly more Devanagari than the English side, or the English side not mostly Latin)." };
        var keepDuplicates = new Option<bool>("--keep-duplicates") { Description = "Keep exact duplicate pairs (dropped by default)." };
        var rejected = new Option<string?>("--rejected") { Description = "Write the rejected pairs here (doc, reason, score, hi, en)." };
        var summaryPath = new Option<string?>("--summary") { Description = "Write the summary as JSON to this file." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary on stderr." };
        var failFast = new Option<bool>("--fail-fast")
        {
            Description = "Stop at the first document that fails: nothing is committed but the summary (and per-document files already finished); exit 5.",
        };
        var skipExisting = new Option<bool>("--skip-existing")
        {
            Description = "With --per-document: skip documents whose file exists (files are written atomically, so an interrupted run resumes); the summary counts them.",
        };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Accept a run that finds no documents (by default a warning and exit 3)." };
        var unitOptions = new UnitOptions();
        var dictionary = new DictionaryOptions();
        var maxBead = NumberOptions.MaxBead();
        var explain = NumberOptions.Explain();
        var inputs = new InputOptions();

        var command = new Command("batch", "Align many article pairs, in parallel, into one corpus or one file per document.\n\n" +
            "Examples:\n" +
            "  aligncorpus batch --hi-dir hi/ --en-dir en/ -o corpus.tsv --summary summary.json\n" +
            "  aligncorpus batch --manifest pairs.tsv --format tmx -o corpus.tmx --min-score 0.5 --rejected rejected.tsv\n" +
            "  aligncorpus batch --hi-dir hi/ --en-dir en/ --units sentences -o sentences.tsv\n" +
            "  aligncorpus batch --hi-dir hi/ --en-dir en/ --per-document out/ --format beads\n" +
            "  aligncorpus batch --manifest pairs.tsv --shard 3/8 -o part-3.tsv\n" +
            "  aligncorpus batch --pair auto scraped/ --pairs pairing.tsv -o corpus.tsv\n\n" +
            "Exit codes: 0 all done, 1 usage error, 2 bad input (manifest, folders), 3 some documents failed, 4 output not writable (or an output is an input or another output),\n" +
            "5 stopped by --fail-fast, 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (nothing committed), 141 standard output closed by its reader.")
        {
            format, output, mosesHi, mosesEn, perDocument, compress, threads, shard, minScore, minDocScore, minRatio, maxRatio, noScript, keepDuplicates,
            rejected, summaryPath, quiet, failFast, skipExisting, allowEmpty, maxBead, explain,
        };
        unitOptions.AddTo(command);
        dictionary.AddTo(command);
        source.AddTo(command);
        var selfTrain = new Option<bool>("--self-train")
        {
            Description = "Two passes: learn word translations from the first pass's confident pairs, then align again with them.",
        };
        command.Options.Add(selfTrain);
        inputs.AddTo(command);
        InputOptions.ForbidEmptyValues(command);

        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            source.Validate(parse);
            var fmt = Choices.Get<OutputFormat>(parse, format);
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
            if (parse.GetValue(minRatio) > parse.GetValue(maxRatio))
            {
                throw new CliError(ExitCodes.Usage, "--min-ratio is above --max-ratio: no pair could pass");
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

            bool skip = parse.GetValue(skipExisting);
            if (skip && perDoc is null)
            {
                throw new CliError(ExitCodes.Usage, "--skip-existing works with --per-document DIR");
            }

            var lexicon = dictionary.Load(parse, stderr, inputs.Limit(parse));
            var aligner = new Aligner(AlignerOptions.Default with { MaxBead = parse.GetValue(maxBead) }, lexicon);
            var compression = CompressOption.Get(parse, compress);
            if (compression != Core.Files.Compression.None && perDoc is null && fmt != OutputFormat.Moses)
            {
                throw CompressOption.NotHere(compression, outPath);
            }

            var moses = perDoc is null ? MosesOutput.Paths(fmt, outPath, parse.GetValue(mosesHi), parse.GetValue(mosesEn), unitOptions.WriterOptions(parse), compression) : null;

            // Every output against every input and every other output, by identity, before anything runs.
            var check = new OutputCheck();
            OutputPath.Inputs(check, dictionary.InputPath(parse));
            string? rejectedPath = parse.GetValue(rejected), summaryOut = parse.GetValue(summaryPath);
            OutputPath.Check(check, moses is null ? "--output" : "--moses-hi", moses?.Hindi ?? outPath);
            OutputPath.Check(check, "--moses-en", moses?.English);
            OutputPath.Check(check, "--rejected", rejectedPath);
            OutputPath.Check(check, "--summary", summaryOut);
            OutputPath.Check(check, "--pairs", parse.GetValue(source.PairsOut));
            var layout = perDoc is null ? null : new PerDocumentLayout(perDoc, fmt, compression);

            // Opened (so checked writable) before anything is aligned; committed together at the end.
            using var corpusFile = OutputPath.OpenOrNull(moses?.Hindi ?? outPath);
            using var mosesEnglish = OutputPath.OpenOrNull(moses?.English);
            using var rejectedFile = OutputPath.OpenOrNull(rejectedPath);
            using var summaryFile = OutputPath.OpenOrNull(summaryOut);
            var resolved = source.Resolve(parse, aligner, unitOptions.ParagraphMode(parse), threadCount, check, inputs.Limit(parse), stderr, layout, cancel);
            using var pairsFile = resolved.PairsFile;
            // Every input and output is registered: the paths of the documents are not kept during the run.
            check.Complete();
            IEnumerable<DocumentPair> pairs = resolved.Pairs;
            var unpaired = resolved.Failed;
            var withoutPartner = resolved.WithoutPartner;
            int? total = resolved.Count;
            if (share is { } sh)
            {
                pairs = pairs.Where(p => sh.Contains(p.Id));
                unpaired = unpaired.Where(u => sh.Contains(u.Id)).ToList();
                total = null;
            }

            if (layout is not null)
            {
                Directory.CreateDirectory(layout.Folder);
                OutputPath.Probe(layout.Folder, layout.Compression);
            }

            var provenance = ProvenanceOptions.Of(parse, dictionary,
                [.. unitOptions.OutputOptions, maxBead, minScore, minDocScore, minRatio, maxRatio, noScript, keepDuplicates, selfTrain]);
            var writerOptions = unitOptions.WriterOptions(parse) with { Provenance = provenance };
            var options = new BatchOptions
            {
                Threads = threadCount,
                FailFast = parse.GetValue(failFast),
                Units = unitOptions.ParagraphMode(parse),
                Pairs = writerOptions.Units,
                AcrossParagraphs = unitOptions.AcrossParagraphs(parse),
                Explain = parse.GetValue(explain),
                MaxInputBytes = inputs.Limit(parse),
                Filters = new FilterOptions
                {
                    MinScore = parse.GetValue(minScore),
                    MinDocumentScore = parse.GetValue(minDocScore),
                    MinLengthRatio = parse.GetValue(minRatio),
                    MaxLengthRatio = parse.GetValue(maxRatio),
                    ScriptCheck = !parse.GetValue(noScript),
                    DropDuplicates = !parse.GetValue(keepDuplicates),
                },
                // The verdicts of all documents are kept only for a summary that shows them.
                KeepVerdicts = summaryOut is not null || !parse.GetValue(quiet),
            };
            bool isQuiet = parse.GetValue(quiet);
            if (parse.GetValue(selfTrain))
            {
                if (!isQuiet)
                {
                    stderr.WriteLine("aligncorpus: self-training, first pass: aligning to learn word pairs");
                }

                var learned = LexiconCommand.LearnFrom(aligner, pairs, [], total, options with { FailFast = false }, Progress.OnStderr(stderr, isQuiet), cancel);
                aligner = new Aligner(aligner.Options, LexiconLearner.ToLexicon(learned.Pairs, lexicon));
                if (!isQuiet)
                {
                    stderr.WriteLine($"aligncorpus: self-training learned {learned.Pairs.Count} word pairs from {learned.Observed} confident pairs");
                }
            }

            int skipped = 0;
            if (skip)
            {
                // Per-document files are written atomically: one that exists is complete.
                pairs = pairs.Where(p =>
                {
                    if (!layout!.Exists(p.Id))
                    {
                        return true;
                    }

                    Interlocked.Increment(ref skipped);
                    return false;
                });
                total = null;
            }

            var progress = Progress.OnStderr(stderr, isQuiet);

            var sinks = new List<IBatchSink>();
            CorpusTmxSink? tmx = null;
            if (perDoc is not null)
            {
                sinks.Add(new PerDocumentSink(layout!, writerOptions));
            }
            else
            {
                var corpusWriter = corpusFile?.Writer ?? stdout;
                switch (fmt)
                {
                    case OutputFormat.Tmx:
                        tmx = new CorpusTmxSink(corpusWriter, writerOptions);
                        sinks.Add(tmx);
                        break;
                    case OutputFormat.Jsonl:
                        sinks.Add(new CorpusJsonlSink(corpusWriter, writerOptions));
                        break;
                    case OutputFormat.Moses:
                        sinks.Add(new CorpusMosesSink(corpusFile!.Writer, mosesEnglish!.Writer, writerOptions));
                        break;
                    default:
                        sinks.Add(new CorpusTsvSink(corpusWriter, writerOptions));
                        break;
                }
            }

            if (rejectedFile is not null)
            {
                sinks.Add(new RejectedSink(rejectedFile.Writer, writerOptions));
            }

            if (options.Explain)
            {
                sinks.Add(new Explanation.Sink(stderr));
            }

            // A document that looks unrelated writes its pairs with scores capped at its document score.
            var cap = new UnrelatedDocumentCap(new CompositeSink(sinks), options.Pairs, options.Filters);
            var summary = new BatchRunner(aligner, options).Run(pairs, unpaired, cap, progress.Report, total, cancel);
            cap.Correct(summary);
            summary.Unpaired.AddRange(withoutPartner);
            summary.Provenance = provenance;
            summary.DocumentsSkipped = skipped;
            progress.Done();
            if (summary.Interrupted)
            {
                // Nothing is committed: the temporary files are deleted on dispose.
                stderr.WriteLine(layout is null
                    ? $"aligncorpus: interrupted after {summary.DocumentsRead} document(s); no output file was written"
                    : $"aligncorpus: interrupted after {summary.DocumentsRead} document(s); the files of finished documents are complete and kept (resume with --skip-existing), nothing else was written");
                return ExitCodes.Interrupted;
            }

            if (summary.StoppedAtFailure)
            {
                // A truncated corpus is never committed; the summary says where it stopped.
                summaryFile?.Writer.Write(summary.ToJson() + "\n");
                summaryFile?.Commit();
                if (!isQuiet)
                {
                    summary.WriteText(stderr);
                }

                stderr.WriteLine("aligncorpus: stopped at the first failure (--fail-fast); " +
                    (layout is null ? "no corpus, rejected or pairs file was written" : "the files of documents finished before it are kept"));
                return ExitCodes.StoppedAtFailure;
            }

            tmx?.Finish();
            summaryFile?.Writer.Write(summary.ToJson() + "\n");
            OutputPath.CommitAll(corpusFile, mosesEnglish, rejectedFile, pairsFile, summaryFile);
            if (tmx is { RemovedCharacters: > 0 })
            {
                stderr.WriteLine($"aligncorpus: removed {tmx.RemovedCharacters} character(s) that XML forbids from the TMX output");
            }

            if (!isQuiet)
            {
                summary.WriteText(stderr);
            }

            ReportUnrelated(summary, stderr);

            if (summary.DocumentsRead == 0 && summary.DocumentsSkipped == 0 && summary.Unpaired.Count == 0)
            {
                // An empty corpus from a wrong folder, glob or shard is a mistake far more often than a wish.
                stderr.WriteLine("aligncorpus: warning: no documents found" + (parse.GetValue(allowEmpty) ? string.Empty : " (exit 3; --allow-empty accepts it)"));
                return parse.GetValue(allowEmpty) ? ExitCodes.Success : ExitCodes.SomeFailed;
            }

            return summary.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Documents that look unrelated are reported even with --quiet and without --min-doc-score: a
    /// mis-keyed manifest must not pass unnoticed. One line each, or the first few and a count.
    /// </summary>
    private static void ReportUnrelated(BatchSummary summary, TextWriter stderr)
    {
        const int shown = 5;
        var unrelated = summary.Unrelated.ToList();
        if (unrelated.Count == 0)
        {
            return;
        }

        string Describe((string Id, DocumentVerdict V) d) => FormattableString.Invariant(
            $"{d.Id} (score {d.V.Score:0.000}: hi {d.V.HindiShare:0%}, en {d.V.EnglishShare:0%} aligned with confidence)");
        stderr.WriteLine(FormattableString.Invariant(
            $"aligncorpus: {unrelated.Count} of {summary.DocumentsAligned} document(s) look unrelated (document score below {DocumentVerdict.Unrelated:0.00}; --min-doc-score rejects them):"));
        foreach (var d in unrelated.Take(unrelated.Count <= shown + 1 ? shown + 1 : shown))
        {
            stderr.WriteLine("  " + Describe(d));
        }

        if (unrelated.Count > shown + 1)
        {
            stderr.WriteLine(FormattableString.Invariant($"  ... and {unrelated.Count - shown} more (see --summary)"));
        }
    }
}
