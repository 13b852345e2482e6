using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>aligncorpus lexicon learn: learns word translations from a corpus's confident alignments.</summary>
public static class LexiconCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var source = new SourceOptions();
        var dictionary = new DictionaryOptions();
        var output = new Option<string?>("--output", "-o") { Description = "Write the lexicon here (TSV: hi, en, dice, count); default stdout." };
        var threads = NumberOptions.Threads();
        var minCount = NumberOptions.Integer("--min-count", "Keep a word pair seen together in at least this many confident pairs.", 1, int.MaxValue, () => 3);
        var minDice = NumberOptions.Real("--min-dice", "Keep a word pair whose Dice coefficient is at least this (0-1).", 0, 1, 0.3);
        var units = Choices.Of("--paragraphs", "What a paragraph is: lines (default) or blocks.", UnitMode.Lines);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary on stderr." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first document that fails: no lexicon is written; exit 5." };
        var learn = new Command("learn", "Align a corpus and learn a word-translation lexicon from its confident 1-1 pairs (Dice over Lucene stems); " +
            "--dictionary takes the result later.\n\nExample:\n  aligncorpus lexicon learn --hi-dir hi/ --en-dir en/ --no-dictionary -o learned.tsv")
        {
            output, threads, minCount, minDice, units, quiet, failFast,
        };
        source.AddTo(learn);
        dictionary.AddTo(learn);
        var inputs = new InputOptions();
        inputs.AddTo(learn);
        InputOptions.ForbidEmptyValues(learn);
        learn.SetAction(parse => Guard.Run(stderr, () =>
        {
            source.Validate(parse);
            string? outPath = parse.GetValue(output);
            var aligner = new Aligner(AlignerOptions.Default, dictionary.Load(parse, stderr, inputs.Limit(parse)));
            int t = parse.GetValue(threads);
            var check = new OutputCheck();
            OutputPath.Inputs(check, dictionary.InputPath(parse));
            OutputPath.Check(check, "--output", outPath);
            OutputPath.Check(check, "--pairs", parse.GetValue(source.PairsOut));

            // Opened (so checked writable) before anything is aligned; committed together at the end.
            using var outFile = OutputPath.OpenOrNull(outPath);
            var resolved = source.Resolve(parse, aligner, Choices.Get<UnitMode>(parse, units), t, check, inputs.Limit(parse), stderr, cancel: cancel);
            using var pairsFile = resolved.PairsFile;
            // Every input and output is registered: the paths of the documents are not kept during the run.
            check.Complete();
            bool isQuiet = parse.GetValue(quiet);
            var options = new BatchOptions
            {
                Threads = t,
                Units = Choices.Get<UnitMode>(parse, units),
                MaxInputBytes = inputs.Limit(parse),
                FailFast = parse.GetValue(failFast),
            };
            var result = LearnFrom(aligner, resolved.Pairs, resolved.Failed, resolved.Count, options, Progress.OnStderr(stderr, isQuiet), cancel,
                new LexiconLearner { MinCount = parse.GetValue(minCount), MinDice = parse.GetValue(minDice) });
            var summary = result.Summary;
            summary.Unpaired.AddRange(resolved.WithoutPartner);
            if (summary.Interrupted)
            {
                stderr.WriteLine($"aligncorpus: interrupted after {summary.DocumentsRead} document(s); no output file was written");
                return ExitCodes.Interrupted;
            }

            if (!isQuiet)
            {
                summary.WriteText(stderr);
            }

            if (summary.StoppedAtFailure)
            {
                stderr.WriteLine("aligncorpus: stopped at the first failure (--fail-fast); no lexicon was written");
                return ExitCodes.StoppedAtFailure;
            }

            LexiconLearner.Write(result.Pairs, outFile?.Writer ?? stdout);
            OutputPath.CommitAll(outFile, pairsFile);

            stderr.WriteLine($"aligncorpus: learned {result.Pairs.Count} word pairs from {result.Observed} confident pairs of {summary.DocumentsAligned} documents");
            return summary.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }));

        return new Command("lexicon", "Bilingual lexicons.") { learn };
    }

    /// <summary>
    /// First pass of --self-train and of lexicon learn: align everything (failed documents counted in
    /// the summary as in a batch, progress shown), learn from the confident pairs.
    /// </summary>
    public static (List<LearnedPair> Pairs, int Observed, BatchSummary Summary) LearnFrom(
        Aligner aligner, IEnumerable<DocumentPair> pairs, IEnumerable<UnpairedInput> unpaired, int? total, BatchOptions options,
        Progress progress, CancellationToken cancel, LexiconLearner? learner = null)
    {
        learner ??= new LexiconLearner();
        var sink = new LearningSink(learner);
        var summary = new BatchRunner(aligner, options with { Filters = new FilterOptions { DropDuplicates = false } })
            .Run(pairs, unpaired, sink, progress.Report, total, cancel);
        progress.Done();
        return (learner.Learn(), learner.Pairs, summary);
    }

    private sealed class LearningSink(LexiconLearner learner) : IBatchSink
    {
        public void Write(DocumentOutcome outcome)
        {
            if (outcome.Result is { } r)
            {
                learner.Observe(r);
            }
        }
    }
}
