using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Tests.Anchors;

public sealed class LexiconTests
{
    [Fact]
    public void Dictd_entries_pair_every_content_word_of_a_sense_with_the_headword()
    {
        const string text = "00-database-info\n  header text\n" +
            "security /sɪkjˈʊəɹɪti/ <N>\n1. सुरक्षा\n      \"Security was tight.\"\n" +
            "abolish /ɐbˈɒlɪʃ/ <VT>\n1. उन्मूलन~करना[होना]\n2. समाप्त{पूरी~तरह}, ख़त्म\n";
        var lex = Lexicon.ParseDictd(text, "test");
        lex.Translations(Stemmer.Hindi("सुरक्षा")).Should().Equal(Stemmer.English("security"));
        lex.Translations(Stemmer.Hindi("उन्मूलन")).Should().Contain(Stemmer.English("abolish"));
        lex.Translations(Stemmer.Hindi("ख़त्म")).Should().Contain(Stemmer.English("abolish"));
        lex.Translations(Stemmer.Hindi("तरह")).Should().BeEmpty("notes in braces are no translations");
    }

    [Fact]
    public void Tsv_lexicons_skip_header_and_comments_and_name_bad_lines()
    {
        var lex = Lexicon.ParseTsv("hi\ten\n# note\nसरकार\tgovernment\n", "lex.tsv");
        lex.Translations(Stemmer.Hindi("सरकार")).Should().Equal(Stemmer.English("government"));
        var act = () => Lexicon.ParseTsv("सरकार government\n", "lex.tsv");
        act.Should().Throw<FormatException>().WithMessage("lex.tsv:1:*");
    }

    [SkippableFact]
    public void The_stem_cache_gives_the_same_lexicon_as_parsing()
    {
        Requires.FreeDict();
        string cache = TempFolders.Create("aligncorpus-");
        string? before = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        try
        {
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", cache);
            var parsed = Lexicon.Load(Lexicon.FreeDictIndex);
            var first = Lexicon.LoadCached(Lexicon.FreeDictIndex);
            Directory.GetFiles(Path.Combine(cache, "aligncorpus")).Should().ContainSingle();
            var second = Lexicon.LoadCached(Lexicon.FreeDictIndex);
            foreach (var lex in new[] { first, second })
            {
                lex.Count.Should().Be(parsed.Count);
                foreach (var word in new[] { "सुरक्षा", "सरकार", "युद्ध", "किसान" })
                {
                    string key = "d:" + Stemmer.Hindi(word);
                    lex.TranslationKeys(key).Should().Equal(parsed.TranslationKeys(key));
                }
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", before);
        }
    }

    [SkippableFact]
    public void The_installed_freedict_is_read_in_place()
    {
        Requires.FreeDict();
        var lex = Lexicon.LoadInstalled()!;
        lex.Count.Should().BeGreaterThan(5000);
        lex.Translations(Stemmer.Hindi("सुरक्षा")).Should().Contain(Stemmer.English("security"));
    }
}
