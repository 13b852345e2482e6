using System.Text.Json;

namespace AlignCorpus.Cli.Tests;

/// <summary>Real pages mix scripts: which file is Hindi is decided by comparing the two files.</summary>
public sealed class MixedScriptTests
{
    // Invented pages. A Hindi press release with English passages and English words in its Hindi
    // sentences: about 40 % of its letters are Devanagari.
    private const string MixedHindi = """
        जल शक्ति मंत्रालय ने 12 मार्च 2024 को नई दिल्ली में National Water Awards 2023 की घोषणा की।
        इस वर्ष 41 awards दिए गए, जिनमें Best State, Best District, Best Village Panchayat और Best School जैसी categories शामिल हैं।
        Union Minister ने कहा कि water conservation एक जन आंदोलन बनना चाहिए और हर district को 2025 तक rainwater harvesting पर काम करना होगा।
        The awards, given since 2018, recognise the work of states, districts, panchayats, schools and industries in water conservation.
        पहला पुरस्कार Odisha को मिला, दूसरा Uttar Pradesh को और तीसरा Gujarat और Puducherry को संयुक्त रूप से दिया गया।
        अधिक जानकारी के लिए Department of Water Resources की website देखें या 1800 180 5555 पर call करें।
        """;

    private const string MixedHindiEnglish = """
        The Ministry of Jal Shakti announced the National Water Awards 2023 in New Delhi on 12 March 2024.
        This year 41 awards were given, in categories such as Best State, Best District, Best Village Panchayat and Best School.
        The Union Minister said that water conservation must become a people's movement and that every district will have to work on rainwater harvesting by 2025.
        The awards, given since 2018, recognise the work of states, districts, panchayats, schools and industries in water conservation.
        The first prize went to Odisha, the second to Uttar Pradesh and the third jointly to Gujarat and Puducherry.
        For more details, see the website of the Department of Water Resources or call 1800 180 5555.
        """;

    private const string QuotedHindi = """
        केंद्रीय मंत्रिमंडल ने 5 जून 2024 को किसानों के लिए 2,000 करोड़ रुपये की नई सिंचाई योजना को मंजूरी दी।
        योजना के तहत 15 राज्यों में 3 लाख हेक्टेयर भूमि को सिंचाई सुविधा मिलेगी।
        कृषि मंत्री ने कहा कि यह योजना छोटे और सीमांत किसानों की आय बढ़ाने में मदद करेगी।
        योजना का काम अगले पांच वर्षों में पूरा किया जाएगा।
        """;

    // An English page quoting the Minister's Hindi statement at length: about 59 % Devanagari.
    private const string QuotingEnglish = """
        The Union Cabinet on 5 June 2024 approved a new irrigation scheme of Rs 2,000 crore for farmers.
        Under the scheme, 3 lakh hectares of land in 15 states will get irrigation facilities.
        The Agriculture Minister said that the scheme will help raise the incomes of small and marginal farmers.
        The scheme will be completed over the next five years.
        The Minister's statement, in the original Hindi:
        "मैं मंत्रिमंडल का आभार व्यक्त करता हूं कि उसने हमारे किसान भाइयों और बहनों के लिए इस महत्वपूर्ण योजना को स्वीकृति दी है।
        हमारे देश के अधिकांश किसान छोटे और सीमांत हैं, और उनके खेतों तक पानी पहुंचाना हमारी सरकार की सबसे बड़ी प्राथमिकता है।
        इस योजना से गांवों में नहरें, तालाब और कुएं बनेंगे, जिससे किसान वर्ष में दो या तीन फसलें ले सकेंगे और उनकी आय बढ़ेगी।
        मैं सभी राज्य सरकारों से अनुरोध करता हूं कि वे इस योजना को समय पर और पूरी पारदर्शिता के साथ लागू करें।
        उन्होंने कहा कि केंद्र सरकार इस काम के लिए राज्यों को हर संभव तकनीकी और आर्थिक सहायता देती रहेगी।"
        """;

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["mixed-hi"] = MixedHindi,
        ["mixed-en"] = MixedHindiEnglish,
        ["quoted-hi"] = QuotedHindi,
        ["quoting-en"] = QuotingEnglish,
    };

    /// <summary>Writes the named page into <paramref name="dir"/> under <paramref name="file"/>.</summary>
    private static string Write(string dir, string page, string? file = null)
    {
        string path = Path.Combine(dir, file ?? page + ".txt");
        File.WriteAllText(path, Pages[page] + "\n");
        return path;
    }

    [Theory]
    // A code-mixed Hindi page (40 % Devanagari) and its English page.
    [InlineData("mixed-hi", "mixed-en", 6)]
    // A Hindi page and an English page quoting Hindi at length (59 % Devanagari).
    [InlineData("quoted-hi", "quoting-en", 4)]
    public void Mixed_pages_align(string hi, string en, int pairs)
    {
        string dir = CliRunner.TempDir();
        var run = CliRunner.Run("align", Write(dir, hi), Write(dir, en));
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Split('\n').Count(l => l.StartsWith('[') && !l.StartsWith("[]", StringComparison.Ordinal) && !l.EndsWith("[]", StringComparison.Ordinal))
            .Should().BeGreaterThanOrEqualTo(pairs);
    }

    [Theory]
    // Two English files, two Hindi files.
    [InlineData("mixed-en", "mixed-en", "a.txt", "expected Hindi", "both files are English")]
    [InlineData("quoted-hi", "quoted-hi", "b.txt", "expected English", "both files are Hindi")]
    // Two copies of one mixed page: neither leans the other way.
    [InlineData("mixed-hi", "mixed-hi", "a.txt", "cannot tell which file is Hindi", "% Devanagari")]
    // Swapped, clean or mixed.
    [InlineData("mixed-en", "mixed-hi", "a.txt", "swapped", "give the Hindi file first")]
    [InlineData("quoting-en", "quoted-hi", "a.txt", "swapped", "give the Hindi file first")]
    public void Pairs_the_scripts_do_not_tell_apart_are_refused(string hi, string en, string file, string message, string detail)
    {
        string dir = CliRunner.TempDir();
        var run = CliRunner.Run("align", Write(dir, hi, "a.txt"), Write(dir, en, "b.txt"));
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(file + ": ").And.Contain(message).And.Contain(detail);
    }

    [Fact]
    public void Batch_aligns_mixed_pages_and_keeps_code_mixed_rows()
    {
        string root = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(root, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(root, "en")).FullName;
        Write(hi, "mixed-hi", "awards.txt");
        Write(en, "mixed-en", "awards.txt");
        Write(hi, "quoted-hi", "irrigation.txt");
        Write(en, "quoting-en", "irrigation.txt");
        string summary = Path.Combine(root, "summary.json"), corpus = Path.Combine(root, "corpus.tsv");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--summary", summary, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("documents_aligned").GetInt32().Should().Be(2);
        // The second line of the Hindi page has more Latin letters than Devanagari ones, yet is Hindi.
        File.ReadAllText(corpus).Should().Contain("इस वर्ष 41 awards दिए गए");
    }

    /// <summary>With the default dictionary (FreeDict): the quoted pages are paired through its translations.</summary>
    [SkippableFact]
    public void Pair_auto_finds_mixed_pages()
    {
        Requires.FreeDict();
        string dir = CliRunner.TempDir();
        string folder = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        Write(folder, "mixed-hi", "p1.txt");
        Write(folder, "mixed-en", "p2.txt");
        Write(folder, "quoted-hi", "p3.txt");
        Write(folder, "quoting-en", "p4.txt");
        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", folder, "--pairs", pairs, "-o", Path.Combine(dir, "c.tsv"), "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllLines(pairs).Skip(1).Select(l => l.Split('\t')).Select(c => (Path.GetFileName(c[0]), Path.GetFileName(c[1])))
            .Should().BeEquivalentTo([("p1.txt", "p2.txt"), ("p3.txt", "p4.txt")]);
    }
}
