using AlignCorpus.Core.Anchors;
using Xunit.Abstractions;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// The name matcher against a reviewed table of real name pairs (Data/names.tsv: from the seed pair
/// and the dev articles, plus pairs that must not match), with its precision and recall.
/// </summary>
public sealed class NameMatcherTests(ITestOutputHelper output)
{
    public sealed record Row(string Hindi, string English, bool Same, string Source);

    public static IReadOnlyList<Row> Table { get; } = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Anchors", "Data", "names.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("hindi\t", StringComparison.Ordinal))
        .Select(l => l.Split('\t'))
        .Select(c => new Row(c[0], c[1], c[2] == "1", c[3]))
        .ToList();

    public static TheoryData<string, string, bool> SeedRows()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var r in Table.Where(r => r.Source.StartsWith("seed", StringComparison.Ordinal)))
        {
            data.Add(r.Hindi, r.English, r.Same);
        }

        return data;
    }

    [Fact]
    public void The_table_has_at_least_100_real_pairs_and_negatives()
    {
        Table.Count(r => r.Same).Should().BeGreaterThanOrEqualTo(100);
        Table.Count(r => !r.Same).Should().BeGreaterThanOrEqualTo(30);
    }

    // Every name of the seed pair is decided right.
    [Theory]
    [MemberData(nameof(SeedRows))]
    public void Seed_names(string hindi, string english, bool same) => NameMatcher.Matches(hindi, english).Should().Be(same);

    [Fact]
    public void Precision_and_recall_on_the_whole_table()
    {
        int tp = 0, fp = 0, fn = 0;
        var wrong = new List<string>();
        foreach (var r in Table)
        {
            bool got = NameMatcher.Matches(r.Hindi, r.English);
            if (got && r.Same)
            {
                tp++;
            }
            else if (got)
            {
                fp++;
                wrong.Add($"false match: {r.Hindi} ~ {r.English}");
            }
            else if (r.Same)
            {
                fn++;
                wrong.Add($"missed: {r.Hindi} ~ {r.English}");
            }
        }

        double precision = (double)tp / (tp + fp);
        double recall = (double)tp / (tp + fn);
        output.WriteLine($"name matcher: precision {precision:0.000}, recall {recall:0.000} ({tp} tp, {fp} fp, {fn} fn)");
        wrong.ForEach(output.WriteLine);
        precision.Should().BeGreaterThanOrEqualTo(0.95, string.Join("; ", wrong));
        recall.Should().BeGreaterThanOrEqualTo(0.9, string.Join("; ", wrong));
    }
}
