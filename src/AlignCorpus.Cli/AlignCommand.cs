using System.CommandLine;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
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
        var units = new Option<UnitMode>("--units")
        {
            Description = "What a unit is: lines (each non-empty line) or blocks (blank-line-separated blocks).",
            DefaultValueFactory = _ => UnitMode.Lines,
        };
        var columns = new Option<string?>("--columns") { Description = "TSV columns to write, comma-separated, from hi,en,score,hi_units,en_units (e.g. hi,en)." };
        var includeUnaligned = new Option<bool>("--include-unaligned") { Description = "Also write unaligned units to TSV/TMX (with an empty other side)." };
        var maxBead = new Option<int>("--max-bead")
        {
            Description = "Largest number of units on one side of a bead (1-6).",
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
        var command = new Command("align", "Align a Hindi article with its English original, paragraph by paragraph.")
        {
            hi, en, format, output, units, columns, includeUnaligned, maxBead, explain,
        };
        dictionary.AddTo(command);

        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            string hiPath = parse.GetValue(hi)!;
            string enPath = parse.GetValue(en)!;
            string? outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format);
            var writerOptions = new WriterOptions
            {
                IncludeUnaligned = parse.GetValue(includeUnaligned),
                Columns = ParseColumns(parse.GetValue(columns)),
                ToolVersion = Program.Version,
            };

            if (outPath is not null)
            {
                OutputPath.Check(outPath, [hiPath, enPath]);
            }

            var mode = parse.GetValue(units);
            var (hiArticle, enArticle) = PairLoader.LoadPair(hiPath, enPath, mode);
            var lexicon = dictionary.Load(parse, stderr);
            var aligner = new Aligner(AlignerOptions.Default with { MaxBead = parse.GetValue(maxBead) }, lexicon);
            bool wantExplain = parse.GetValue(explain);
            var result = aligner.Align(hiArticle, enArticle, wantExplain);

            int removed = 0;
            void Write(TextWriter w) => removed = Output.Write(result, fmt, w, writerOptions);
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

            return ExitCodes.Success;
        }));
        return command;
    }

    public static IReadOnlyList<string>? ParseColumns(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cols = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var c in cols)
        {
            if (!TsvWriter.AllColumns.Contains(c))
            {
                throw new CliError(ExitCodes.Usage, $"--columns: unknown column '{c}' (known: {string.Join(",", TsvWriter.AllColumns)})");
            }
        }

        if (cols.Length == 0)
        {
            throw new CliError(ExitCodes.Usage, "--columns: no column named");
        }

        return cols;
    }
}
