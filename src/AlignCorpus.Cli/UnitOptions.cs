using System.CommandLine;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>
/// What a unit is and what is written: --units paragraphs|sentences|both (the level of the pairs),
/// --paragraphs lines|blocks (how a file is cut into paragraphs), --columns, --include-unaligned
/// and --nfc. Shared by align and batch.
/// </summary>
public sealed class UnitOptions
{
    public Option<string> Units { get; } = Choices.Of("--units",
        "Pairs to write: paragraphs (default), sentences (aligned inside the paragraph pairs) or both " +
        "(each paragraph pair followed by its sentence pairs). 'lines' and 'blocks' still mean --paragraphs lines|blocks.",
        "paragraphs", ["paragraphs", "sentences", "both", "lines", "blocks"]);

    public Option<string> Paragraphs { get; } = Choices.Of("--paragraphs",
        "What a paragraph is: lines (each non-empty line, default) or blocks (blank-line-separated blocks).", UnitMode.Lines);

    public Option<string?> Columns { get; } = new("--columns")
    {
        Description = "TSV columns to write, comma-separated, from doc,hi,en,score,hi_units,en_units,level,paragraph (e.g. hi,en). A batch corpus leads with doc unless the list places it.",
    };

    public Option<bool> NoHeader { get; } = new("--no-header")
    {
        Description = "Write TSV without its header row.",
    };

    public Option<bool> IncludeUnaligned { get; } = new("--include-unaligned")
    {
        Description = "Also write unaligned paragraphs or sentences to TSV/TMX (with an empty other side).",
    };

    public Option<bool> Nfc { get; } = new("--nfc")
    {
        Description = "Write texts in Unicode NFC (default: as the input has them, white space folded).",
    };

    public Option<string> Method { get; } = Choices.Of("--method",
        "How paragraphs are aligned: sentences (default: sentences aligned across the whole article, " +
        "grouped into paragraph beads of any size) or paragraphs (paragraph by paragraph, beads up to --max-bead; the method of 0.2).",
        "sentences", ["sentences", "paragraphs"]);

    public void AddTo(Command command, bool output = true)
    {
        command.Options.Add(Units);
        command.Options.Add(Paragraphs);
        command.Options.Add(Method);
        if (output)
        {
            command.Options.Add(Columns);
            command.Options.Add(NoHeader);
            command.Options.Add(IncludeUnaligned);
            command.Options.Add(Nfc);
        }
    }

    /// <summary>The options here that change what is aligned or written (for provenance).</summary>
    public IEnumerable<Option> OutputOptions => [Method, Paragraphs, Units, IncludeUnaligned, Nfc];

    /// <summary>True when paragraphs come from sentences aligned across the article (--method sentences).</summary>
    public bool AcrossParagraphs(ParseResult parse) => parse.GetValue(Method) != "paragraphs";

    /// <summary>Which pairs are written.</summary>
    public OutputUnits Pairs(ParseResult parse) => parse.GetValue(Units) switch
    {
        "sentences" => OutputUnits.Sentences,
        "both" => OutputUnits.Both,
        _ => OutputUnits.Paragraphs,
    };

    /// <summary>How files are cut into paragraphs (--units lines|blocks is the older spelling of --paragraphs).</summary>
    public UnitMode ParagraphMode(ParseResult parse) => parse.GetValue(Units) switch
    {
        "blocks" => UnitMode.Blocks,
        "lines" => UnitMode.Lines,
        _ => Choices.Get<UnitMode>(parse, Paragraphs),
    };

    /// <summary>The writer settings the options ask for.</summary>
    public WriterOptions WriterOptions(ParseResult parse) => new()
    {
        Units = Pairs(parse),
        IncludeUnaligned = parse.GetValue(IncludeUnaligned),
        Columns = ParseColumns(parse.GetValue(Columns)),
        Header = !parse.GetValue(NoHeader),
        Text = parse.GetValue(Nfc) ? TextForm.Nfc : TextForm.Original,
        ToolVersion = Program.Version,
    };

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
