using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// The analyser looks gazetteer phrases up from a buffer (issue 15): the span look-ups must give
/// what the string look-ups give, for every variant the gazetteer holds and for near misses.
/// </summary>
public sealed class GazetteerTests
{
    private static readonly string[][] Rows = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "AlignCorpus.Core", "Resources", "gazetteer.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('\t'))
        .Select(l => l.Split('\t'))
        .ToArray();

    /// <summary>Each English variant as written, in lower and upper case, with and without dots, a word longer or shorter, and words that are no variant.</summary>
    private static IEnumerable<string> EnglishPhrases()
    {
        foreach (var row in Rows)
        {
            foreach (var v in row[1].Split('|'))
            {
                string joined = string.Join(' ', v.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                yield return joined;
                yield return joined.ToLowerInvariant();
                yield return joined.ToUpperInvariant();
                yield return joined.Replace(".", string.Empty);
                yield return string.Join(' ', joined.Split(' ').Select(w => w.Length > 1 ? w[..1] + "." + w[1..] : w));
                yield return joined + " News";
                yield return joined.Split(' ')[0];
            }
        }

        yield return "march";
        yield return "March";
        yield return "may";
        yield return "New Delhi";
        yield return "us";
        yield return "US";
        yield return "U.S.";
        yield return "Pr.ime Minister";
        yield return "İstanbul";
        yield return "\U00010400dam";
    }

    [Fact]
    public void English_phrases_from_a_span_match_those_from_a_string()
    {
        var g = Gazetteer.Default;
        int found = 0;
        foreach (string phrase in EnglishPhrases())
        {
            int expected = g.FindEnglish(phrase);
            g.FindEnglish(phrase.AsSpan()).Should().Be(expected, phrase);
            found += expected != 0 ? 1 : 0;
        }

        found.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Hindi_phrases_from_a_span_match_those_from_a_string()
    {
        var g = Gazetteer.Default;
        int found = 0;
        foreach (var row in Rows)
        {
            foreach (var v in row[0].Split('|'))
            {
                foreach (string phrase in new[] { Gazetteer.HindiKey(v), v, Gazetteer.HindiKey(v) + " जी" })
                {
                    int expected = g.FindHindi(phrase);
                    g.FindHindi(phrase.AsSpan()).Should().Be(expected, phrase);
                    found += expected != 0 ? 1 : 0;
                }
            }
        }

        found.Should().BeGreaterThan(100);
    }
}
