using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class SparseAssignmentTests
{
    [Fact]
    public void Finds_the_assignment_with_the_largest_sum_where_best_first_would_not()
    {
        // Best first takes row 0 - object 0 (0.95) and leaves row 1 with nothing: total 0.95.
        // The optimum gives object 0 to row 1 and object 1 to row 0: total 0.9 + 0.9.
        (int, double)[][] edges = [[(0, 0.95), (1, 0.9)], [(0, 0.9)]];
        SparseAssignment.Solve(edges, 2).Should().Equal(1, 0);
    }

    [Fact]
    public void A_row_without_a_positive_edge_stays_alone_and_each_object_is_taken_once()
    {
        (int, double)[][] edges = [[(0, 0.8)], [(0, 0.7)], [], [(1, 0)]];
        var chosen = SparseAssignment.Solve(edges, 2);
        chosen.Should().Equal(0, -1, -1, -1);
    }

    [Fact]
    public void Random_sparse_graphs_match_the_exhaustive_optimum()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 200; trial++)
        {
            int rows = rng.Next(1, 6), objects = rng.Next(1, 6);
            var edges = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, objects).Where(_ => rng.NextDouble() < 0.6)
                .Select(o => (o, Math.Round(rng.NextDouble(), 2))).ToArray()).ToArray();
            var chosen = SparseAssignment.Solve(edges, objects);
            chosen.Where(o => o >= 0).Should().OnlyHaveUniqueItems();
            double total = chosen.Select((o, r) => o < 0 ? 0 : edges[r].First(e => e.Item1 == o).Item2).Sum();
            total.Should().BeApproximately(Best(edges, 0, new bool[objects]), 1e-3);
        }
    }

    private static double Best((int, double)[][] edges, int row, bool[] used)
    {
        if (row == edges.Length)
        {
            return 0;
        }

        double best = Best(edges, row + 1, used);
        foreach (var (o, v) in edges[row].Where(e => !used[e.Item1]))
        {
            used[o] = true;
            best = Math.Max(best, v + Best(edges, row + 1, used));
            used[o] = false;
        }

        return best;
    }
}
