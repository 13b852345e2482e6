using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>aligncorpus align HI_FILE EN_FILE: aligns one article pair and writes beads, TSV or TMX.</summary>
public static class AlignCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var hi = new Argument<string>("HI_FILE") { Description = "The Hindi article (UTF-8 text; gzip, zstd, xz or bzip2 compressed too; - for standard input)." };
        var en = new Argument<string>("EN_FILE") { Description = "The English article (UTF-8 text; gzip, zstd, xz or bzip2 compressed too; - for standard input)." };
        var format = Choices.Of("--format",
            "Output format: beads (gold format), tsv, tmx, jsonl (one JSON object per pair) or moses (two files, NAME.hi and NAME.en, line k of each one pair).",
            OutputFormat.Beads, "-f");
        var mosesHi = MosesOutput.HindiOption();
        var mosesEn = MosesOutput.EnglishOption();
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output; compressed when the name ends in .gz, .zst, .xz or .bz2." };
        var compress = CompressOption.Create();
        var maxBead = NumberOptions.MaxBead();
        var explain = NumberOptions.Explain();

        var dictionary = new DictionaryOptions();
        var unitOptions = new UnitOptions();
        var command = new Command("align", "Align a Hindi article with its English original: sentences across the article, grouped into paragraph pairs; writes paragraph pairs, sentence pairs or both.")
        {
            hi, en, format, output, mosesHi, mosesEn, compress, maxBead, explain,
        };
        unitOptions.AddTo(command);
        dictionary.AddTo(command);
        var inputs = new InputOptions();
        inputs.AddTo(command);
        InputOptions.ForbidEmptyValues(command);

        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            string hiPath = parse.GetValue(hi)!;
            string enPath = parse.GetValue(en)!;
            string? outPath = parse.GetValue(output);
            var fmt = Choices.Get<OutputFormat>(parse, format);
            if (hiPath == InputFile.StandardInput && enPath == InputFile.StandardInput)
            {
                throw new CliError(ExitCodes.Usage, "only one of HI_FILE and EN_FILE can be - (standard input)");
            }

            var writerOptions = unitOptions.WriterOptions(parse) with
            {
                Document = Path.GetFileName(hiPath == InputFile.StandardInput ? enPath : hiPath),
                // Only TMX carries it in align: the dictionary is not read and hashed for nothing.
                Provenance = fmt == OutputFormat.Tmx ? ProvenanceOptions.Of(parse, dictionary, [.. unitOptions.OutputOptions, maxBead]) : null,
            };
            var compression = CompressOption.Get(parse, compress);
            if (compression != Core.Files.Compression.None && fmt != OutputFormat.Moses)
            {
                throw CompressOption.NotHere(compression, outPath);
            }

            var moses = MosesOutput.Paths(fmt, outPath, parse.GetValue(mosesHi), parse.GetValue(mosesEn), writerOptions, compression);
            var check = new OutputCheck();
            OutputPath.Inputs(check, hiPath, enPath, dictionary.InputPath(parse));
            OutputPath.Check(check, moses is null ? "--output" : "--moses-hi", moses?.Hindi ?? outPath);
            OutputPath.Check(check, "--moses-en", moses?.English);

            // Opened (so checked writable) before aligning; committed when everything is written.
            using var outFile = OutputPath.OpenOrNull(moses?.Hindi ?? outPath);
            using var mosesEnglish = OutputPath.OpenOrNull(moses?.English);
            // "-" (one of the two) is standard input, read within the limit and decompressed when compressed.
            var stdin = hiPath == InputFile.StandardInput || enPath == InputFile.StandardInput ? Console.OpenStandardInput() : null;
            var (hiArticle, enArticle) = PairLoader.LoadPair(hiPath, enPath, unitOptions.ParagraphMode(parse), inputs.Limit(parse), stdin);
            var lexicon = dictionary.Load(parse, stderr, inputs.Limit(parse));
            var aligner = new Aligner(AlignerOptions.Default with { MaxBead = parse.GetValue(maxBead) }, lexicon);
            bool wantExplain = parse.GetValue(explain);
            var sentenceAligner = new SentenceAligner(aligner, acrossParagraphs: unitOptions.AcrossParagraphs(parse));
            bool wantSentences = writerOptions.Units != OutputUnits.Paragraphs;

            // Aligned on a worker so that a signal ends the run at once (the worker is abandoned;
            // nothing has been written yet), however long a huge document takes.
            var alignment = Task.Run(() => sentenceAligner.Align(hiArticle, enArticle, wantExplain, sentencePairs: wantSentences), cancel)
                .WaitAsync(cancel).GetAwaiter().GetResult();
            var result = alignment.Paragraphs;
            var sentences = writerOptions.Units == OutputUnits.Paragraphs ? null : alignment;

            int removed = 0;
            void Write(TextWriter w) => removed = Output.Write(result, sentences, fmt, w, writerOptions);
            if (moses is not null)
            {
                new MosesWriter(outFile!.Writer, mosesEnglish!.Writer, writerOptions.Text).Write(PairRow.Of(result, sentences, writerOptions.Units));
            }
            else
            {
                Write(outFile?.Writer ?? stdout);
            }

            cancel.ThrowIfCancellationRequested();
            OutputPath.CommitAll(outFile, mosesEnglish);

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
