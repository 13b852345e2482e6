using System.CommandLine;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>--dictionary and --no-dictionary: which bilingual dictionary the aligner uses.</summary>
public sealed class DictionaryOptions
{
    public Option<string?> Path { get; } = new("--dictionary")
    {
        Description = "auto (the default: FreeDict where installed, /usr/share/dictd), none, or a FILE: a dictd index (FreeDict's freedict-eng-hin.index), " +
            "a TSV lexicon (hindi<TAB>english) or a hunalign dictionary (english @ hindi). CI pins it with none or a FILE (./auto names a file called auto).",
    };

    public Option<bool> None { get; } = new("--no-dictionary") { Description = "Run without a dictionary (as --dictionary none)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Path);
        command.Options.Add(None);
    }

    /// <summary>The dictionary file a run reads (given or installed), or null: an input no output may be.</summary>
    public string? InputPath(ParseResult parse) => parse.GetValue(Path) switch
    {
        _ when parse.GetValue(None) => null,
        "none" => null,
        null or "auto" => File.Exists(Lexicon.FreeDictIndex) ? Lexicon.FreeDictIndex : null,
        var file => file,
    };

    /// <summary>The dictionary in use and a hash of its content (null, null without one): for provenance.</summary>
    public (string? Path, string? Hash) Identity(ParseResult parse)
    {
        if (InputPath(parse) is not { } path)
        {
            return (null, null);
        }

        try
        {
            return (System.IO.Path.GetFullPath(path), Provenance.HashOf(Lexicon.FilesOf(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (System.IO.Path.GetFullPath(path), null);
        }
    }

    /// <summary>
    /// The lexicon to use, or null; says on stderr when it runs without one. A dictionary that
    /// is missing, unreadable, larger than <paramref name="maxBytes"/> (decompressed) or malformed
    /// is bad input (exit 2, naming the file).
    /// </summary>
    public Lexicon? Load(ParseResult parse, TextWriter stderr, long maxBytes = Core.Loading.InputFile.DefaultMaxBytes)
    {
        if (parse.GetValue(None))
        {
            return null;
        }

        string? path = parse.GetValue(Path);
        if (path == "none")
        {
            return null;
        }

        if (path is not null and not "auto")
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliError(ExitCodes.BadInput, $"{path}: no such dictionary file");
            }

            try
            {
                return Lexicon.Load(path, maxBytes);
            }
            catch (Core.Loading.InputException e)
            {
                throw new CliError(ExitCodes.BadInput, $"{e.File}: cannot read the dictionary: {e.Reason}");
            }
            catch (FormatException e)
            {
                throw new CliError(ExitCodes.BadInput, $"{e.Message} (in the dictionary)");
            }
        }

        var installed = Lexicon.LoadInstalled(m => stderr.WriteLine("aligncorpus: note: " + m));
        if (installed is null)
        {
            stderr.WriteLine("aligncorpus: note: running without a dictionary (install dict-freedict-eng-hin or give --dictionary)");
        }

        return installed;
    }
}
