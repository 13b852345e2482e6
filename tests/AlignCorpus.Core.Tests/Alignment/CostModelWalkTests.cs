using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Alignment;

/// <summary>
/// The walk over a bead's anchors tells an anchor matched from the ends of its partners where
/// they answer (an end inside the other side's range, or two partners both outside it) and
/// searches its partners only otherwise: it must match exactly where a partner lies inside.
/// </summary>
public sealed class CostModelWalkTests
{
    [Fact]
    public void An_anchor_matches_exactly_where_one_of_its_partners_lies_inside_the_bead()
    {
        var files = Directory.GetDirectories(RepoPaths.Samples).Order(StringComparer.Ordinal)
            .Select(d => (Path.Combine(d, "hi.txt"), Path.Combine(d, "en.txt")))
            .Append((RepoPaths.SeedHindi, RepoPaths.SeedEnglish));
        int straddling = 0;
        foreach (var (hindi, english) in files)
        {
            var hf = FeatureExtractor.Default.Analyze(ArticleLoader.Load(hindi), Language.Hindi);
            var ef = FeatureExtractor.Default.Analyze(ArticleLoader.Load(english), Language.English);
            var links = AnchorLinks.Build(hf, ef);
            var model = new CostModel(AlignerOptions.Default, hf, ef, links);
            for (int i0 = 0; i0 < hf.Length; i0++)
            {
                for (int hn = 1; hn <= 2 && i0 + hn <= hf.Length; hn++)
                {
                    for (int j0 = 0; j0 < ef.Length; j0++)
                    {
                        for (int en = 1; en <= 2 && j0 + en <= ef.Length; en++)
                        {
                            var evidence = model.Explain(i0, hn, j0, en);
                            if (evidence.Contradicted.Contains("(separator with text)"))
                            {
                                continue;
                            }

                            int expected = Inside(links.Hindi, i0, hn, j0, j0 + en - 1, ref straddling)
                                + Inside(links.English, j0, en, i0, i0 + hn - 1, ref straddling);
                            evidence.Matched.Count.Should().Be(expected, $"bead {i0}+{hn}, {j0}+{en}");
                        }
                    }
                }
            }
        }

        // Anchors whose partners lie on both sides of a range were seen (the ends do not answer there).
        straddling.Should().BeGreaterThan(0);
    }

    /// <summary>The anchors of units [u0, u0 + count) with a partner in [from, to], counted one by one.</summary>
    private static int Inside(LinkedAnchor[][] units, int u0, int count, int from, int to, ref int straddling)
    {
        int inside = 0;
        for (int u = u0; u < u0 + count; u++)
        {
            foreach (var a in units[u])
            {
                var partners = a.Partners.ToArray();
                inside += partners.Any(p => p >= from && p <= to) ? 1 : 0;
                straddling += partners.Length > 1 && partners[0] < from && partners[^1] >= from ? 1 : 0;
            }
        }

        return inside;
    }
}
