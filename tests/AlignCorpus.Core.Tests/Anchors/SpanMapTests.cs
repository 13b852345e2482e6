using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// The analyser's thread-local word map (issue 15): looked up by span, it must answer as a
/// dictionary of strings does, through its growth and after it empties itself when full.
/// </summary>
public sealed class SpanMapTests
{
    [Fact]
    public void Answers_as_a_dictionary_does_through_growth_and_emptying()
    {
        var map = new SpanMap<string>();
        var reference = new Dictionary<string, string>(StringComparer.Ordinal);
        var random = new Random(15);
        const string Letters = "abcdeअआकखगघ";
        for (int n = 0; n < 3 * SpanMap<string>.Max; n++)
        {
            // Words of one to four letters from a small alphabet, and longer ones of two letters:
            // many repeats and many near misses (keys that share a slot, differ in one letter, or
            // differ only in the middle).
            var chars = new char[random.Next(1, 13)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = chars.Length <= 4 ? Letters[random.Next(Letters.Length)] : Letters[random.Next(2)];
            }

            // Looked up from a piece of a longer text, as the analyser does.
            string text = "<" + new string(chars) + ">";
            var span = text.AsSpan(1, chars.Length);
            uint hash = SpanMap<string>.Hash(span);

            // The analyser's hints for words ahead (any hash, as the map grows and empties) change nothing.
            map.Prefetch(hash);
            map.PrefetchEntry(hash);
            map.Prefetch((uint)random.Next() * 2654435761u);
            map.PrefetchEntry((uint)random.Next() * 2654435761u);
            bool found = map.TryGetValue(span, hash, out var value);
            found.Should().Be(reference.TryGetValue(span.ToString(), out var expected));
            if (found)
            {
                value.Should().BeSameAs(expected);
                continue;
            }

            if (reference.Count >= SpanMap<string>.Max)
            {
                reference.Clear();
            }

            string key = span.ToString();
            map.Add(key, hash, key);
            reference[key] = key;
            map.Count.Should().Be(reference.Count);
        }
    }

    [Fact]
    public void Empties_itself_when_full()
    {
        var map = new SpanMap<string>();
        for (int n = 0; n <= SpanMap<string>.Max; n++)
        {
            string key = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            map.Add(key, SpanMap<string>.Hash(key), key);
        }

        map.Count.Should().Be(1);
        map.TryGetValue("0", SpanMap<string>.Hash("0"), out _).Should().BeFalse();
        map.TryGetValue(SpanMap<string>.Max.ToString(System.Globalization.CultureInfo.InvariantCulture), SpanMap<string>.Hash("50000"), out var last).Should().BeTrue();
        last.Should().Be("50000");
    }

    [Fact]
    public void Long_keys_that_share_their_length_and_ends_get_hashes_of_their_own()
    {
        // A table of long numbers or codes: the same length, the same first and last characters.
        var hashes = new HashSet<uint>();
        for (int n = 0; n < 1000; n++)
        {
            hashes.Add(SpanMap<string>.Hash("1000" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "0001"));
        }

        hashes.Count.Should().BeGreaterThan(990);
    }
}
