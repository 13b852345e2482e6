using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>aligncorpus align HI_FILE EN_FILE: aligns one article pair and writes beads, TSV or TMX.</summary>
public static class AlignCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var hi = new Argument<string>("HI_FILE") { Description = "The Hindi article (UTF-8 text)." };
        var en = new Argument<string>("EN_FILE") { Description = "The English article (UTF-8 text)." };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: beads (gold format), tsv or tmx.",
            DefaultValueFactory = _ => OutputFormat.Beads,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var maxBead = new Option<int>("--max-bead")
        {
            Description = "With --method paragraphs: largest number of paragraphs on one side of a bead (1-6); " +
                "with both methods, sentences inside a paragraph pair are aligned with beads of at most min(2, this).",
            DefaultValueFactory = _ => AlignerOptions.Default.MaxBead,
        };
        maxBead.Validators.Add(r =>
        {
            int v = r.GetValueOrDefault<int>();
            if (v is < 1 or > 6)
            {
                r.AddError("--max-bead must be between 1 and 6.");
            }
        });
        var explain = new Option<bool>("--explain") { Description = "Print each bead's evidence (length z-score, anchors matched and contradicted) to standard error." };

        var dictionary = new DictionaryOptions();
        var unitOptions = new UnitOptions();
        var command = new Command("align", "Align a Hindi article with its English original: sentences across the article, grouped into paragraph pairs; writes paragraph pairs, sentence pairs or both.")
        {
            hi, en, format, output, maxBead, explain,
        };
        unitOptions.AddTo(command);
        dictionary.AddTo(command);

        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            string hiPath = parse.GetValue(hi)!;
            string enPath = parse.GetValue(en)!;
            string? outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format);
            var writerOptions = unitOptions.WriterOptions(parse);

            if (outPath is not null)
            {
                OutputPath.Check(outPath, [hiPath, enPath]);
            }

            var (hiArticle, enArticle) = PairLoader.LoadPair(hiPath, enPath, unitOptions.ParagraphMode(parse));
            var lexicon = dictionary.Load(parse, stderr);
            var aligner = new Aligner(AlignerOptions.Default with { MaxBead = parse.GetValue(maxBead) }, lexicon);
            bool wantExplain = parse.GetValue(explain);
            var alignment = new SentenceAligner(aligner, acrossParagraphs: unitOptions.AcrossParagraphs(parse)).Align(hiArticle, enArticle, wantExplain, sentencePairs: writerOptions.Units != OutputUnits.Paragraphs);
            var result = alignment.Paragraphs;
            var sentences = writerOptions.Units == OutputUnits.Paragraphs ? null : alignment;

            int removed = 0;
            void Write(TextWriter w) => removed = Output.Write(result, sentences, fmt, w, writerOptions);
            if (outPath is null)
            {
                Write(stdout);
            }
            else
            {
                OutputPath.WriteAtomically(outPath, Write);
            }

            if (removed > 0)
            {
                stderr.WriteLine($"aligncorpus: removed {removed} character(s) that XML forbids from the TMX output");
            }

            if (wantExplain)
            {
                Explanation.Write(result, stderr);
            }

            if (alignment.Search.Warning is { } bounded)
            {
                stderr.WriteLine($"aligncorpus: warning: {bounded}");
            }

            if (sentences is { UnalignedInsidePairs: > 0 and var n })
            {
                stderr.WriteLine($"aligncorpus: {n} sentence(s) left unaligned inside paragraph pairs" +
                    (writerOptions.IncludeUnaligned || fmt == OutputFormat.Beads ? string.Empty : " (write them with --include-unaligned)"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
