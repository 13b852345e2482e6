using System.CommandLine;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>
/// The two files of --format moses: -o NAME gives NAME.hi and NAME.en (NAME.hi.gz with -o NAME.gz
/// or --compress gz), or --moses-hi and --moses-en name them. Both are written atomically and committed together (OutputPath.CommitAll): neither
/// appears unless both are complete.
/// </summary>
public static class MosesOutput
{
    /// <summary>--moses-hi: the Hindi file, instead of -o NAME giving NAME.hi.</summary>
    public static Option<string?> HindiOption() => new("--moses-hi") { Description = "With --format moses: the Hindi file (instead of -o NAME giving NAME.hi)." };

    /// <summary>--moses-en: the English file, instead of -o NAME giving NAME.en.</summary>
    public static Option<string?> EnglishOption() => new("--moses-en") { Description = "With --format moses: the English file (instead of -o NAME giving NAME.en)." };

    /// <summary>The two paths, or null when the format is not moses; a usage error when they cannot be told.</summary>
    /// <remarks>
    /// -o NAME gives NAME.hi and NAME.en; -o NAME.gz (.zst, .xz, .bz2) or --compress gz gives
    /// NAME.hi.gz and NAME.en.gz. Files named by --moses-hi and --moses-en are compressed by their names.
    /// </remarks>
    public static MosesPaths? Paths(OutputFormat format, string? output, string? hindi, string? english, WriterOptions options, Compression compress = Compression.None)
    {
        if (format != OutputFormat.Moses)
        {
            if (hindi is not null || english is not null)
            {
                throw new CliError(ExitCodes.Usage, "--moses-hi and --moses-en go with --format moses");
            }

            return null;
        }

        if (options.IncludeUnaligned)
        {
            throw new CliError(ExitCodes.Usage, "--format moses writes pairs only (line k of each file is one pair): drop --include-unaligned");
        }

        if (options.Columns is not null)
        {
            throw new CliError(ExitCodes.Usage, "--columns chooses TSV columns; --format moses writes the two texts only");
        }

        if ((hindi is null) != (english is null))
        {
            throw new CliError(ExitCodes.Usage, "give both --moses-hi and --moses-en, or -o NAME for NAME.hi and NAME.en");
        }

        if (hindi is not null && output is not null)
        {
            throw new CliError(ExitCodes.Usage, "-o NAME and --moses-hi/--moses-en exclude each other");
        }

        if (hindi is not null && compress != Compression.None)
        {
            throw new CliError(ExitCodes.Usage, "--compress goes with -o NAME; files named by --moses-hi and --moses-en are compressed by their names (train.hi.gz)");
        }

        var byName = output is null ? Compression.None : CompressionFormat.FromName(output);
        if (byName != Compression.None && compress != Compression.None && byName != compress)
        {
            throw new CliError(ExitCodes.Usage, $"-o {output} names {CompressionFormat.Name(byName)}, --compress asks for {CompressionFormat.Name(compress)}: give one");
        }

        string stem = output is null || byName == Compression.None ? output ?? string.Empty : output[..^Path.GetExtension(output).Length];
        string ext = CompressionFormat.Extension(compress != Compression.None ? compress : byName);
        var paths = hindi is not null
            ? new MosesPaths(hindi, english!)
            : output is not null
                ? new MosesPaths(stem + "." + TmxWriter.HindiLang + ext, stem + "." + TmxWriter.EnglishLang + ext)
                : throw new CliError(ExitCodes.Usage, "--format moses writes two files: give -o NAME (for NAME.hi and NAME.en) or --moses-hi FILE --moses-en FILE");
        return paths;
    }
}

/// <summary>The Hindi and English files of a Moses corpus.</summary>
public sealed record MosesPaths(string Hindi, string English);
