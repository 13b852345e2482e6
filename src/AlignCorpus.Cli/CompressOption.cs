using System.CommandLine;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Cli;

/// <summary>
/// --compress gz|zst|xz|bz2: compresses the files whose names the tool makes (per-document files,
/// ID.tsv.gz; the two files of --format moses -o NAME, NAME.hi.gz). A file the user names is
/// compressed when its name says so (-o corpus.tsv.gz), so --compress has nothing to say there.
/// </summary>
public static class CompressOption
{
    public static Option<string> Create() => Choices.Of("--compress",
        "Compress the files the tool names: per-document files (ID.tsv.gz) and --format moses -o NAME (NAME.hi.gz, NAME.en.gz). " +
        "A file you name is compressed by its name: -o corpus.tsv.gz, .zst, .xz, .bz2.",
        "none", ["none", "gz", "zst", "xz", "bz2"]);

    /// <summary>The compression asked for (None without the option).</summary>
    public static Compression Get(ParseResult parse, Option<string> option) => CompressionFormat.Parse(parse.GetValue(option)!);

    /// <summary>The usage error for --compress where the user names the output file.</summary>
    public static CliError NotHere(Compression compression, string? output) => new(ExitCodes.Usage,
        "--compress goes with --per-document DIR or --format moses -o NAME; a file you name is compressed by its name" +
        (output is null ? " (compressed standard output is not written: give -o FILE" + CompressionFormat.Extension(compression) + ")" : $": -o {output}{CompressionFormat.Extension(compression)}"));
}
