using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

public sealed class PairLoaderTests
{
    // Invented sentences; a file is some lines of each.
    private const string Hindi = "गांव की नई सड़क पर बना पुल आज खोल दिया गया।";
    private const string English = "The new bridge on the village road was opened today.";

    private static string Write(string dir, string name, int hindiLines, int englishLines)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllLines(path, Enumerable.Repeat(Hindi, hindiLines).Concat(Enumerable.Repeat(English, englishLines)));
        return path;
    }

    [Theory]
    // Clean pair.
    [InlineData(4, 0, 0, 4)]
    // Code-mixed Hindi page: 2 Hindi lines and 3 English ones (about 35 % Devanagari).
    [InlineData(2, 3, 0, 4)]
    // English page quoting the Hindi: 4 Hindi lines and 2 English ones (about 60 % Devanagari).
    [InlineData(4, 0, 4, 2)]
    public void Pairs_told_apart_by_script_load(int hiHindi, int hiEnglish, int enHindi, int enEnglish)
    {
        string dir = TempFolders.Create("aligncorpus-test-");
        string hi = Write(dir, "hi.txt", hiHindi, hiEnglish), en = Write(dir, "en.txt", enHindi, enEnglish);
        var (hindi, english) = PairLoader.LoadPair(hi, en, UnitMode.Lines);
        hindi.Units.Should().HaveCount(hiHindi + hiEnglish);
        english.Units.Should().HaveCount(enHindi + enEnglish);
    }

    [Fact]
    public void The_stats_handed_in_are_used_not_taken_again()
    {
        string dir = TempFolders.Create("aligncorpus-test-");
        string hi = Write(dir, "hi.txt", 4, 0), en = Write(dir, "en.txt", 0, 4);
        var enStat = FileNode.Of(en, followLinks: true, out _)!.Value;

        // A batch stats both files before reading either; each file's own stat is what decides.
        var (hindi, english) = PairLoader.LoadPair(hi, en, UnitMode.Lines, hiStat: FileNode.Of(hi, followLinks: true, out _), enStat: enStat);
        hindi.Units.Should().HaveCount(4);
        english.Units.Should().HaveCount(4);

        if (!RegularFile.Available)
        {
            // Elsewhere the managed reader stats each file itself.
            return;
        }

        // The English file's stat says 10 MiB: it is refused by that size, with no stat of its own.
        var claimed = enStat with { Size = 10 << 20 };
        FluentActions.Invoking(() => PairLoader.LoadPair(hi, en, UnitMode.Lines, 1 << 20, enStat: claimed)).Should().Throw<InputException>()
            .Which.Message.Should().Be($"{en}: is 10 MiB, more than the input limit of 1 MiB; not read (raise the limit with --max-input-bytes)");
    }

    [Theory]
    // Swapped: the file given as Hindi is named.
    [InlineData(0, 4, 4, 0, "hi.txt", "the arguments look swapped")]
    [InlineData(0, 4, 2, 3, "hi.txt", "the arguments look swapped")]
    // Two English files: the Hindi one lacks Devanagari.
    [InlineData(0, 4, 0, 4, "hi.txt", "expected Hindi, but only 0 % of its letters are Devanagari")]
    // Two Hindi files: the English one lacks Latin.
    [InlineData(4, 0, 4, 0, "en.txt", "expected English, but only 0 % of its letters are Latin")]
    // Two equally mixed pages.
    [InlineData(2, 2, 2, 2, "hi.txt", "cannot tell which file is Hindi")]
    public void Pairs_not_told_apart_are_refused_naming_the_file(int hiHindi, int hiEnglish, int enHindi, int enEnglish, string file, string message)
    {
        string dir = TempFolders.Create("aligncorpus-test-");
        string hi = Write(dir, "hi.txt", hiHindi, hiEnglish), en = Write(dir, "en.txt", enHindi, enEnglish);
        var act = () => PairLoader.LoadPair(hi, en, UnitMode.Lines);
        var e = act.Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.WrongLanguage);
        e.File.Should().Be(Path.Combine(dir, file));
        e.Reason.Should().Contain(message);
    }

    [Theory]
    [InlineData(0, 4, "both files are English")]
    [InlineData(4, 0, "both files are Hindi")]
    public void Two_files_of_one_language_are_said_so(int hindiLines, int englishLines, string message)
    {
        string dir = TempFolders.Create("aligncorpus-test-");
        string hi = Write(dir, "hi.txt", hindiLines, englishLines), en = Write(dir, "en.txt", hindiLines, englishLines);
        var act = () => PairLoader.LoadPair(hi, en, UnitMode.Lines);
        act.Should().Throw<InputException>().Which.Reason.Should().Contain(message);
    }

    [Fact]
    public void Messages_give_the_shares_of_both_files()
    {
        var act = () => PairLoader.Check(new ScriptProfile(0, 100, 0), "a.txt", new ScriptProfile(100, 0, 0), "b.txt");
        act.Should().Throw<InputException>().Which.Message.Should()
            .Be("a.txt: the arguments look swapped: this file is English (0 % Devanagari and 100 % Latin letters) and b.txt is Hindi "
                + "(100 % Devanagari and 0 % Latin letters); give the Hindi file first");
    }
}
