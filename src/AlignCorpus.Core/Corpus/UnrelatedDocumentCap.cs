using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// Writes the pairs of a document that looks unrelated (<see cref="DocumentVerdict.LooksUnrelated"/>)
/// with capped scores (<see cref="DocumentVerdict.Cap"/>: at most the document score) before the
/// sinks see them, so every output (corpus in any format, per-document files, rejected pairs,
/// --explain) carries the same score. A kept pair whose capped score falls below --min-score moves
/// to the rejected pairs with the reason "score", in its place; <see cref="Correct"/> then brings the
/// summary's counts (pairs written, rejections, mean score) in line. Documents that do not look
/// unrelated pass through untouched.
/// </summary>
public sealed class UnrelatedDocumentCap(IBatchSink inner, OutputUnits units, FilterOptions filters) : IBatchSink
{
    private long _demoted;
    private double _scoreDrop;

    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Result is not { } result || !outcome.Verdict.LooksUnrelated)
        {
            inner.Write(outcome);
            return;
        }

        var verdict = outcome.Verdict;
        var paragraphs = Capped(result, verdict);
        var sentences = outcome.Sentences is { } s
            ? new SentenceAlignment(paragraphs, Capped(s.Sentences, verdict), s.ParagraphBead) { Search = s.Search }
            : null;
        var capped = new DocumentOutcome(outcome.Id, paragraphs, outcome.Error)
        {
            Sentences = sentences,
            Verdict = verdict,
            Search = outcome.Search,
        };

        foreach (var b in result.Beads)
        {
            if (b.IsPair)
            {
                _scoreDrop += b.Score - verdict.Cap(b.Score);
            }
        }

        // The filters' decisions, row by row in document order, carried over to the capped rows.
        var kept = outcome.Kept.ToHashSet();
        var rejected = new Dictionary<PairRow, string>();
        foreach (var (row, reason) in outcome.Rejected)
        {
            rejected.TryAdd(row, reason);
        }

        using var before = PairRow.Of(result, outcome.Sentences, units).GetEnumerator();
        foreach (var row in PairRow.Of(paragraphs, sentences, units))
        {
            before.MoveNext();
            if (!row.Bead.IsPair)
            {
                continue;
            }

            if (rejected.TryGetValue(before.Current, out string? reason))
            {
                capped.Rejected.Add((row, reason));
            }
            else if (kept.Contains(before.Current))
            {
                if (row.Bead.Score < filters.MinScore)
                {
                    capped.Rejected.Add((row, PairFilter.Score));
                    _demoted++;
                }
                else
                {
                    capped.Kept.Add(row);
                }
            }
        }

        inner.Write(capped);
    }

    /// <summary>Makes the summary's counts those of the capped pairs: pairs written, rejections by reason, and the mean score.</summary>
    public void Correct(BatchSummary summary)
    {
        summary.ScoreSum -= _scoreDrop;
        if (_demoted > 0)
        {
            summary.PairsWritten -= _demoted;
            summary.Rejected[PairFilter.Score] = summary.Rejected.GetValueOrDefault(PairFilter.Score) + _demoted;
        }
    }

    private static AlignmentResult Capped(AlignmentResult result, DocumentVerdict verdict) =>
        new(result.Hindi, result.English, [.. result.Beads.Select(b => b.IsPair ? b with { Score = verdict.Cap(b.Score) } : b)], result.Evidence)
        {
            Search = result.Search,
        };
}
