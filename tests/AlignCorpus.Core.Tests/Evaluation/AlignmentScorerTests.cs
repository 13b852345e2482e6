using AlignCorpus.Core.Evaluation;
using CsCheck;

namespace AlignCorpus.Core.Tests.Evaluation;

public sealed class AlignmentScorerTests
{
    private static List<IndexBead> Beads(string text) => BeadFile.Parse(text, "t");

    [Fact]
    public void Bead_files_accept_both_spacings_and_skip_comments()
    {
        var beads = Beads("# c\n[0]:[0]\n\n[1,2]:[3]\n[]:[4]\n[5]:[]\n[6, 7]:[5, 6]\n");
        beads.Select(b => b.Key).Should().Equal("0:0", "1,2:3", ":4", "5:", "6,7:5,6");
    }

    [Fact]
    public void A_malformed_line_names_file_and_line()
    {
        var act = () => BeadFile.Parse("[0]:[0]\n0-0\n", "gold.txt");
        act.Should().Throw<AlignCorpus.Core.Loading.InputException>().Where(e => e.Line == 2 && e.Message.StartsWith("gold.txt:2:"));
    }

    [Fact]
    public void Strict_and_lax_counts_follow_the_reference_definitions()
    {
        var gold = Beads("[0]:[0]\n[]:[1]\n[1, 2]:[2]\n[3]:[]");
        var hyp = Beads("[0]:[0]\n[]:[1]\n[1]:[2]\n[2]:[]\n[3]:[]");

        // Precision (hyp against gold): 0:0, :1 and 3: exact; 1:2 lax only (1 links to 2); 2: is null, no lax.
        AlignmentScorer.Precision(gold, hyp).Should().Be(new Counts(3, 2, 4, 1));

        // Recall (gold against hyp): 0:0, :1, 3: exact; 1,2:2 lax (1 links to 2 in hyp).
        AlignmentScorer.Precision(hyp, gold).Should().Be(new Counts(3, 1, 4, 0));

        var withNull = AlignmentScorer.Score(gold, hyp, NullTreatment.WithNull).Scores;
        withNull.PrecisionStrict.Should().BeApproximately(0.6, 1e-9);
        withNull.RecallStrict.Should().BeApproximately(0.75, 1e-9);

        // no-null: gold {0:0, 1,2:2}, hyp {0:0, 1:2}.
        var noNull = AlignmentScorer.Score(gold, hyp, NullTreatment.NoNull).Scores;
        noNull.PrecisionStrict.Should().Be(0.5);
        noNull.RecallStrict.Should().Be(0.5);
        noNull.F1Lax.Should().Be(1.0);

        // vecalign: precision with nulls (0.6), recall without (0.5).
        var vec = AlignmentScorer.Score(gold, hyp, NullTreatment.Vecalign).Scores;
        vec.PrecisionStrict.Should().BeApproximately(0.6, 1e-9);
        vec.RecallStrict.Should().Be(0.5);
    }

    [Fact]
    public void Any_alignment_scored_against_itself_is_perfect()
    {
        Gen.Int[0, 3].Array[2].Array[1, 40].Sample(shapes =>
        {
            int hi = 0, en = 0;
            var beads = new List<IndexBead>();
            foreach (var s in shapes.Where(s => s[0] + s[1] > 0))
            {
                beads.Add(new IndexBead(Enumerable.Range(hi, s[0]).ToArray(), Enumerable.Range(en, s[1]).ToArray()));
                hi += s[0];
                en += s[1];
            }

            foreach (var t in EvaluationRun.Treatments)
            {
                var score = AlignmentScorer.Score(beads, beads, t).Scores;
                if (beads.Any(b => t == NullTreatment.WithNull || !b.IsNull))
                {
                    score.F1Strict.Should().Be(1.0);
                    score.F1Lax.Should().Be(1.0);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void An_alignment_scored_against_itself_is_perfect()
    {
        var beads = Beads("[0]:[0]\n[]:[1]\n[1, 2]:[2]\n[3]:[]\n[4]:[3, 4]");
        foreach (var t in EvaluationRun.Treatments)
        {
            var s = AlignmentScorer.Score(beads, beads, t).Scores;
            s.F1Strict.Should().Be(1.0);
            s.F1Lax.Should().Be(1.0);
        }
    }
}
