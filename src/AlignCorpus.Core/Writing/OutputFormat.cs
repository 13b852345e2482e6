namespace AlignCorpus.Core.Writing;

/// <summary>The output formats of an alignment.</summary>
public enum OutputFormat
{
    /// <summary>One bead per line, "[hi indices]:[en indices]", as the gold files.</summary>
    Beads,

    /// <summary>Tab-separated pairs with a header row.</summary>
    Tsv,

    /// <summary>TMX 1.4b.</summary>
    Tmx,

    /// <summary>JSON Lines: one object per pair (<see cref="JsonlWriter"/>).</summary>
    Jsonl,

    /// <summary>The Moses two-file format: NAME.hi and NAME.en, line k of each one pair (<see cref="MosesWriter"/>).</summary>
    Moses,
}

/// <summary>What goes into a TSV or TMX output.</summary>
public sealed record WriterOptions
{
    /// <summary>Write the TSV header row (the default; --no-header turns it off).</summary>
    public bool Header { get; init; } = true;

    /// <summary>The document's name for a "doc" column or field of a single-document output, or null.</summary>
    public string? Document { get; init; }

    /// <summary>Also write beads with one empty side (unaligned units).</summary>
    public bool IncludeUnaligned { get; init; }

    /// <summary>Which pairs are written: paragraphs, sentences or both.</summary>
    public OutputUnits Units { get; init; } = OutputUnits.Paragraphs;

    /// <summary>TSV columns to write, in order; null for the default of <see cref="Units"/> (see <see cref="TsvWriter.DefaultColumns"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Write the texts as the input has them (the default) or in Unicode NFC.</summary>
    public Loading.TextForm Text { get; init; } = Loading.TextForm.Original;

    /// <summary>Tool version written into the TMX header.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>How the output was made (TMX header props), or null.</summary>
    public Provenance? Provenance { get; init; }
}
