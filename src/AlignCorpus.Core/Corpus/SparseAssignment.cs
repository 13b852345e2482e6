namespace AlignCorpus.Core.Corpus;

/// <summary>
/// One-to-one assignment on a sparse bipartite graph that maximises the sum of the chosen edges'
/// values, where a row may also stay unassigned (value 0): Bertsekas' forward auction, each row
/// with a private "stay alone" object. Each unassigned row bids for its best object (value minus
/// price) by the margin over its second best plus <see cref="Epsilon"/>, displacing the owner; an
/// object's price only rises, so the auction ends, with a total within rows × ε of the optimum
/// (exact when no two assignments' totals are that close). Rows are served in index order, so the
/// result is deterministic.
/// </summary>
/// <remarks>
/// Hand-written: the Hungarian algorithm (O(n³), dense) is far too slow on candidate graphs of tens of
/// thousands of articles, and a library for sparse assignment (OR-Tools) is a large native
/// dependency for forty lines. The auction touches only the edges of the rows that bid, so its work
/// grows with the edges when bids are decisive, as they are when a translation outscores its
/// near-duplicates.
/// </remarks>
public static class SparseAssignment
{
    public const double Epsilon = 1e-5;

    /// <summary>
    /// The object chosen for each row (−1: none). <paramref name="edges"/>[r] lists row r's objects and
    /// values; only positive values are worth taking.
    /// </summary>
    public static int[] Solve(IReadOnlyList<(int Object, double Value)[]> edges, int objects)
    {
        var price = new double[objects];
        var owner = new int[objects];
        Array.Fill(owner, -1);
        var chosen = new int[edges.Count];
        Array.Fill(chosen, -1);
        var queue = new Queue<int>(Enumerable.Range(0, edges.Count).Where(r => edges[r].Length > 0));
        while (queue.TryDequeue(out int r))
        {
            int best = -1;
            double bestNet = 0, secondNet = 0; // staying alone is worth 0 and is always an option
            foreach (var (o, v) in edges[r])
            {
                double net = v - price[o];
                if (net > bestNet)
                {
                    secondNet = bestNet;
                    bestNet = net;
                    best = o;
                }
                else if (net > secondNet)
                {
                    secondNet = net;
                }
            }

            if (best < 0)
            {
                continue; // alone
            }

            price[best] += bestNet - secondNet + Epsilon;
            if (owner[best] is int previous and >= 0)
            {
                chosen[previous] = -1;
                queue.Enqueue(previous);
            }

            owner[best] = r;
            chosen[r] = best;
        }

        return chosen;
    }
}
