using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class TypeCountsTests
{
    [Fact]
    public void Counts_are_the_counts_of_every_bead_by_type()
    {
        // Common types, types past the array (8-1, 1-12), and a summary that already holds counts.
        var beads = new[] { (1, 1), (0, 1), (1, 0), (2, 1), (7, 7), (8, 1), (1, 12), (1, 1), (8, 1), (0, 1), (1, 1) }
            .Select(t => new Bead(0, t.Item1, 0, t.Item2, 0.5)).ToList();
        var counts = new TypeCounts();
        var summary = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["1-1"] = 5, ["3-3"] = 2 };
        var expected = new SortedDictionary<string, long>(summary, StringComparer.Ordinal);
        foreach (var round in new[] { beads.Take(6), beads.Skip(6) })
        {
            foreach (var b in round)
            {
                counts.Add(b);
                expected[b.Type] = expected.GetValueOrDefault(b.Type) + 1;
            }

            counts.AddTo(summary);
            summary.Should().Equal(expected, "each AddTo adds what was counted since the one before");
        }

        summary.Should().ContainKeys("8-1", "1-12", "7-7").And.NotContainKey("0-0");
    }
}
