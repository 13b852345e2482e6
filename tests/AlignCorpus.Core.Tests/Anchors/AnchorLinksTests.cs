using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Anchors;

public sealed class AnchorLinksTests
{
    private static UnitFeatures[] Features(Language language, params string[] units)
    {
        var tokens = new List<Token>();
        return units.Select(u => FeatureExtractor.Default.Analyze(u, language, tokens)).ToArray();
    }

    [Fact]
    public void Names_and_numbers_link_to_the_units_that_hold_them()
    {
        var hi = Features(Language.Hindi, "पेसकोव ने 10 नवंबर को कहा", "यूक्रेनी और बेलारूस");
        var en = Features(Language.English, "Belarus and Ukrainian", "Peskov said on Nov. 10");
        var links = AnchorLinks.Build(hi, en);

        links.Hindi[0].Single(a => a.Anchor.Surface == "पेसकोव").Partners.ToArray().Should().Equal(1);
        links.Hindi[0].Single(a => a.Anchor.Surface == "10").Partners.ToArray().Should().Equal(1);
        links.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(0);

        // यूक्रेनी (YKRN) and Ukrainian (KRN) are one consonant apart: a fuzzy link.
        var ukraine = links.Hindi[1].Single(a => a.Anchor.Surface == "यूक्रेनी");
        ukraine.Partners.ToArray().Should().Equal(0);
        ukraine.Fuzzy.Should().BeTrue();

        links.English[1].Single(a => a.Anchor.Surface == "Peskov").Partners.ToArray().Should().Equal(0);

        // नवंबर and Nov. are one gazetteer concept, a date.
        var month = links.Hindi[0].Single(a => a.Kind == AnchorKind.Date);
        month.Partners.ToArray().Should().Equal(1);
    }

    [Theory]
    [InlineData("दस लाख लोग", "one million people", "#1000000")]
    [InlineData("3 करोड़ रुपये", "30 million rupees", "#30000000")]
    [InlineData("पांच साल", "five years", "#5")]
    [InlineData("50 अरब डॉलर", "$50bn", "#50000000000")]
    public void Number_words_and_scales_meet(string hindi, string english, string key)
    {
        var hi = Features(Language.Hindi, hindi);
        var en = Features(Language.English, english);
        hi[0].Anchors.Select(a => a.Key).Should().Contain(key);
        en[0].Anchors.Select(a => a.Key).Should().Contain(key);
    }

    [Theory]
    [InlineData("अमेरिका ने कहा", "the U.S. said")]
    [InlineData("संयुक्त राष्ट्र में", "at the United Nations")]
    [InlineData("प्रधानमंत्री मोदी", "Prime Minister Modi")]
    [InlineData("गुरुवार को", "on Thursday")]
    public void Gazetteer_concepts_meet(string hindi, string english)
    {
        var hi = Features(Language.Hindi, hindi);
        var en = Features(Language.English, english);
        var concepts = hi[0].Anchors.Where(a => a.Key.StartsWith("g:", StringComparison.Ordinal)).Select(a => a.Key);
        concepts.Should().NotBeEmpty().And.BeSubsetOf(en[0].Anchors.Select(a => a.Key));
    }

    [Fact]
    public void Lowercase_us_and_may_are_no_concepts()
    {
        var en = Features(Language.English, "they may tell us");
        en[0].Anchors.Should().NotContain(a => a.Key.StartsWith("g:", StringComparison.Ordinal));
    }

    [Fact]
    public void Stop_words_are_no_anchors()
    {
        var hi = Features(Language.Hindi, "यह है कि और के लिए");
        var en = Features(Language.English, "The and of said that");
        hi[0].Anchors.Should().BeEmpty();
        en[0].Anchors.Should().BeEmpty();
    }

    [Fact]
    public void Matches_in_checks_a_range()
    {
        var a = new LinkedAnchor(new Anchor("X", AnchorKind.Name, "x"), AnchorKind.Name, [2, 5, 9], false);
        a.MatchesIn(0, 1).Should().BeFalse();
        a.MatchesIn(2, 2).Should().BeTrue();
        a.MatchesIn(3, 4).Should().BeFalse();
        a.MatchesIn(3, 5).Should().BeTrue();
        a.MatchesIn(10, 20).Should().BeFalse();
    }

    private static readonly string[] HindiSentences =
    [
        "पेसकोव ने 10 नवंबर को कहा", "यूक्रेनी और बेलारूस", "मोदी ने बेलारूस में कहा", "पेसकोव 12 बजे",
    ];

    private static readonly string[] EnglishSentences =
    [
        "Belarus and Ukrainian", "Peskov said on Nov. 10", "Modi spoke in Belarus", "at 12 o'clock",
    ];

    private static string Describe(LinkedAnchor[][] units) =>
        string.Join(" | ", units.Select(u => string.Join(", ", u.Select(a => $"{a.Anchor.Key}/{a.Kind}/{a.Fuzzy}/[{string.Join(" ", a.Partners.ToArray())}]"))));

    [Fact]
    public void Within_paragraphs_merged_from_the_sentences_links_as_a_new_build()
    {
        // Paragraphs merged from a document's sentences hold the same keys: linking them with the
        // document's recorded matches must give what matching them afresh gives.
        var hs = Features(Language.Hindi, HindiSentences);
        var es = Features(Language.English, EnglishSentences);
        var record = new KeyMatches();
        AnchorLinks.Build(hs, es, null, record);
        UnitFeatures[] hp = [FeatureExtractor.Merge(hs.AsSpan(0, 2), 40), FeatureExtractor.Merge(hs.AsSpan(2, 2), 40)];
        UnitFeatures[] ep = [FeatureExtractor.Merge(es.AsSpan(0, 1), 20), FeatureExtractor.Merge(es.AsSpan(1, 3), 60)];

        var within = AnchorLinks.Within(hp, ep, record);
        var fresh = AnchorLinks.Build(hp, ep);

        Describe(within.Hindi).Should().Be(Describe(fresh.Hindi)).And.Contain("/True/", "यूक्रेनी ~ Ukrainian is linked fuzzily");
        Describe(within.English).Should().Be(Describe(fresh.English));
    }

    [Fact]
    public void Within_a_part_links_only_the_recorded_matches_that_occur_there()
    {
        var hs = Features(Language.Hindi, HindiSentences);
        var es = Features(Language.English, EnglishSentences);
        var record = new KeyMatches();
        AnchorLinks.Build(hs, es, null, record);

        // Sentences 1-2 of each side, and an English sentence the document does not have.
        var en = es[1..3].Append(Features(Language.English, "Ukraine's Lukashenko")[0]).ToArray();
        var links = AnchorLinks.Within(hs[1..3], en, record);

        // Ukrainian (English sentence 0) is not here: यूक्रेनी has nothing to link to.
        links.Hindi[0].Should().NotContain(a => a.Anchor.Surface == "यूक्रेनी");
        links.Hindi[0].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(1);
        links.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(1);
        links.English[1].Single(a => a.Anchor.Surface == "Belarus").Partners.ToArray().Should().Equal(0, 1);
        links.English[0].Single(a => a.Anchor.Surface == "Peskov").Partners.ToArray().Should().BeEmpty();

        // A key the document does not have is no one's match, not even the fuzzy one of यूक्रेनी.
        links.English[2].All(a => a.Partners.IsEmpty).Should().BeTrue();
    }

    [Fact]
    public void A_link_keeps_every_kind_in_24_bytes()
    {
        // The kind is stored in a byte: every kind must come back as it went in.
        foreach (var kind in Enum.GetValues<AnchorKind>())
        {
            var a = new LinkedAnchor(new Anchor("X", kind, "x"), kind, [1], fuzzy: true);
            a.Kind.Should().Be(kind);
            a.Fuzzy.Should().BeTrue();
        }

        ((int)Enum.GetValues<AnchorKind>().Max()).Should().BeLessThan(128, "the kind shares an int with the anchor's place and the fuzzy flag");
        System.Runtime.CompilerServices.Unsafe.SizeOf<LinkedAnchor>().Should().Be(24, "an article pair allocates hundreds of links");
    }

    [Fact]
    public void Links_to_one_unit_share_its_array_across_documents()
    {
        var hi = Features(Language.Hindi, HindiSentences);
        var en = Features(Language.English, EnglishSentences);
        var first = AnchorLinks.Build(hi, en);
        var peskov = first.Hindi[0].Single(a => a.Anchor.Surface == "पेसकोव").PartnerArray;
        var ten = first.Hindi[0].Single(a => a.Anchor.Surface == "10").PartnerArray;
        peskov.Should().Equal(1);
        ten.Should().BeSameAs(peskov, "both link English sentence 1 alone");

        // Another document linking its own units leaves the first one's links as they were.
        var second = AnchorLinks.Build(hi[2..], en[2..]);
        second.Hindi[1].Single(a => a.Anchor.Key == "#12").PartnerArray.Should().Equal(1).And.BeSameAs(peskov);
        first.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(0, 2);
        first.English[3].Single(a => a.Anchor.Key == "#12").Partners.ToArray().Should().Equal(3);
        AnchorLinks.Alone(1 << 20).Should().Equal(1 << 20);
    }

    [Fact]
    public void Within_copies_of_the_units_link_as_the_units_themselves()
    {
        // The document's own units take their anchors' numbers as recorded; copies (new arrays)
        // find them by their keys' references among the document's anchors, or, keys spelled
        // anew, look them up: all must link alike, the keys numbered alike.
        var hs = Features(Language.Hindi, HindiSentences);
        var es = Features(Language.English, EnglishSentences);
        var record = new KeyMatches();
        AnchorLinks.Build(hs, es, null, record);
        static UnitFeatures[] Copies(UnitFeatures[] units, bool newKeys) =>
            [.. units.Select(u => new UnitFeatures(u.Length, [.. u.Anchors.Select(a => newKeys ? a with { Key = new string(a.Key.AsSpan()) } : a)]))];

        var own = AnchorLinks.Within(hs[1..4], es[0..3], record);
        foreach (bool newKeys in new[] { false, true })
        {
            var copied = AnchorLinks.Within(Copies(hs[1..4], newKeys), Copies(es[0..3], newKeys), record);

            Describe(copied.Hindi).Should().Be(Describe(own.Hindi)).And.Contain("[");
            Describe(copied.English).Should().Be(Describe(own.English));
            Numbers(copied.Hindi).Should().Equal(Numbers(own.Hindi));
            Numbers(copied.English).Should().Equal(Numbers(own.English));
        }
    }

    private static IEnumerable<int> Numbers(LinkedAnchor[][] units) => units.SelectMany(u => u.Select(a => a.KeyNumber));

    [Fact]
    public void Equal_keys_get_equal_numbers_on_both_sides()
    {
        var hi = Features(Language.Hindi, HindiSentences);
        var en = Features(Language.English, EnglishSentences);
        var links = AnchorLinks.Build(hi, en);
        var all = links.Hindi.Concat(links.English).SelectMany(u => u).ToList();

        all.Should().OnlyContain(a => a.KeyNumber >= 0);
        all.GroupBy(a => a.Anchor.Key).Select(g => g.Select(a => a.KeyNumber).Distinct().Count()).Should().OnlyContain(n => n == 1);
        all.GroupBy(a => a.KeyNumber).Select(g => g.Select(a => a.Anchor.Key).Distinct().Count()).Should().OnlyContain(n => n == 1);
        links.Hindi[3].Single(a => a.Anchor.Key == "#12").KeyNumber.Should().Be(
            links.English[3].Single(a => a.Anchor.Key == "#12").KeyNumber, "a key both sides hold has one number");
    }

    [Fact]
    public void A_cleared_numbering_knows_none_of_the_last_documents_keys()
    {
        // The slots are not emptied between documents: the last document's keys must be gone all
        // the same, through several documents and the table's growth.
        var numbers = new KeyNumbers();
        for (int document = 0; document < 5; document++)
        {
            int count = 100 + (document * 700);
            for (int k = 0; k < count; k++)
            {
                numbers.Add($"{document}:{k}").Should().Be(k);
            }

            numbers.Add($"{document}:7").Should().Be(7, "a key numbered already keeps its number");
            numbers.Count.Should().Be(count);
            numbers.SlotsInUse().Should().Be(count, "each key in one slot, and none of an earlier document's");
            numbers.Find($"{document}:{count - 1}").Should().Be(count - 1);
            numbers.Key(count - 1).Should().Be($"{document}:{count - 1}");
            numbers.Clear();
            numbers.Count.Should().Be(0);
            numbers.SlotsInUse().Should().Be(0);
            numbers.Find($"{document}:0").Should().Be(-1);
            numbers.Find($"{document}:{count - 1}").Should().Be(-1);
        }

        numbers.Add("2:5").Should().Be(0, "an earlier document's key is a new key");
    }

    [Fact]
    public void Numbering_a_sides_anchors_at_once_gives_each_key_its_number_in_order()
    {
        // AddAll hashes every key before numbering any (the table grows on the way): the numbers
        // must be those of adding the keys one by one, written after the other side's.
        static Anchor Key(string key) => new(key, AnchorKind.Word, key, 0, key.Length);
        var units = Enumerable.Range(0, 40)
            .Select(u => new UnitFeatures(1, Enumerable.Range(0, 30).Select(k => Key($"k{(u * 17 + k * 5) % 900}")).ToArray()))
            .Append(new UnitFeatures(0, []))
            .ToArray();
        var expected = new KeyNumbers();
        var numbers = new KeyNumbers();
        var ids = new AnchorLinks.Buffer();
        ids.Reserve(0, 3).Fill(-7);
        numbers.AddAll(units, ids, 3).Should().Be(3 + (40 * 30));
        ids.Array.AsSpan(0, 3).ToArray().Should().OnlyContain(n => n == -7, "the other side's numbers stay");
        ids.Array.AsSpan(3, 40 * 30).ToArray().Should().Equal(units.SelectMany(u => u.Anchors).Select(a => expected.Add(a.Key)));
        numbers.Count.Should().Be(expected.Count);
        numbers.SlotsInUse().Should().Be(expected.Count);
        Enumerable.Range(0, numbers.Count).Should().OnlyContain(n => numbers.HashOf(n) == KeyHash.Of(numbers.Key(n)), "the stem filter and the translations' look-ups take the kept hash");
    }

    [Fact]
    public void Units_merged_from_the_documents_units_get_their_keys_numbers()
    {
        // A merged unit's anchors are sought among the document's by their keys' references,
        // concepts ("g:") and the other keys each by a pointer of its own and within a budget of
        // steps; keys not met on the way (another string, a unit passed already, none of the
        // document's) are looked up: every number must be the key's own.
        static Anchor Key(string key) => new(key, AnchorKind.Word, key, 0, key.Length);
        var keys = Enumerable.Range(0, 300).Select(k => (k % 7 == 0 ? "g:" : "w") + k).ToArray();
        var units = Enumerable.Range(0, 30)
            .Select(u => new UnitFeatures(1, Enumerable.Range(0, 10).Select(k => Key(keys[((u * 10) + (k * 3)) % 300])).ToArray()))
            .ToArray();
        var numbers = new KeyNumbers();
        numbers.AddAll(units, numbers.AnchorIds, 0);
        numbers.Numbered([], units);
        var from = units[3..8].SelectMany(u => u.Anchors).DistinctBy(a => a.Key).ToList();
        var concepts = from.Where(a => a.Key.StartsWith("g:", StringComparison.Ordinal));
        var others = from.Where(a => !a.Key.StartsWith("g:", StringComparison.Ordinal));
        Anchor[] extra = [Key(new string(keys[40].AsSpan())), units[0].Anchors[1], Key("not in the document"), units[29].Anchors[9]];
        UnitFeatures[] merged =
        [
            new UnitFeatures(1, [.. concepts, .. others, .. extra]),
            new UnitFeatures(1, [.. units[12].Anchors, .. units[20].Anchors.Reverse()]),
        ];
        var expected = merged.SelectMany(u => u.Anchors).Select(a => numbers.Find(a.Key)).ToArray();
        expected.Count(n => n < 0).Should().Be(1, "one key is none of the document's");

        var ids = new AnchorLinks.Buffer();
        int end = numbers.NumbersOf(merged, english: true, ids, 0);

        end.Should().Be(expected.Length);
        ids.Array.AsSpan(0, end).ToArray().Should().Equal(expected);
    }

    [Fact]
    public void A_cleared_hash_table_holds_none_of_its_values()
    {
        // Clearing empties only the slots in use: through growth and several pages, none may stay.
        var table = new AnchorLinks.HashTable();
        for (int page = 0; page < 4; page++)
        {
            int count = 50 + (page * 900);
            for (int k = 0; k < count; k++)
            {
                table.Slot(Hashed(page, k), out bool exists) = k + 1;
                exists.Should().BeFalse();
            }

            table.Get(Hashed(page, count - 1)).Should().Be(count);
            table.Clear();
            for (int k = 0; k < count; k++)
            {
                table.Get(Hashed(page, k)).Should().Be(0);
            }
        }

        static ulong Hashed(int page, int k) => AnchorLinks.Hash($"{page}/{k}");
    }

    [Fact]
    public void Dense_keys_number_by_key_with_or_without_a_linking_number()
    {
        var keys = new DenseKeys();
        var numbered = new LinkedAnchor([new Anchor("a", AnchorKind.Word, "a"), new Anchor("b", AnchorKind.Word, "b")], 0, AnchorKind.Word, [0], fuzzy: false, keyNumber: 500);
        var again = new LinkedAnchor([new Anchor("a", AnchorKind.Word, "a")], 0, AnchorKind.Word, [1], fuzzy: false, keyNumber: 500);
        var other = new LinkedAnchor([new Anchor("b", AnchorKind.Word, "b")], 0, AnchorKind.Word, [1], fuzzy: false, keyNumber: 7);
        var plain = new LinkedAnchor(new Anchor("c", AnchorKind.Word, "c"), AnchorKind.Word, [1], fuzzy: false);
        var plainAgain = new LinkedAnchor(new Anchor("c", AnchorKind.Word, "c"), AnchorKind.Word, [2], fuzzy: false);

        keys.Of(numbered).Should().Be(0);
        keys.Of(other).Should().Be(1);
        keys.Of(again).Should().Be(0);
        keys.Of(plain).Should().Be(2);
        keys.Of(plainAgain).Should().Be(2);
        keys.Count.Should().Be(3);

        keys.Clear();
        keys.Of(other).Should().Be(0, "a cleared numbering starts again");
        keys.Count.Should().Be(1);
    }

    [Theory]
    [InlineData("KRN")]
    [InlineData("YKRN")]
    [InlineData("PSKV")]
    [InlineData("abcdefghij")]
    public void A_deletion_hash_is_the_hash_of_the_deletion(string key)
    {
        var hashes = AnchorLinks.DeletionHashes(key).AsSpan(0, key.Length + 1).ToArray();
        hashes[key.Length].Should().Be(AnchorLinks.Hash(key));
        for (int i = 0; i < key.Length; i++)
        {
            hashes[i].Should().Be(AnchorLinks.Hash(key.Remove(i, 1)), $"without character {i}");
        }

        // Characters all different: the deletions (and the key) are different texts, their hashes too.
        hashes.Should().OnlyHaveUniqueItems();
    }
}
