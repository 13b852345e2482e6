using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class ArticlePairerTests
{
    /// <summary>The samples' files, Hindi and English mixed, in an order that keeps no pair together.</summary>
    private static List<string> SampleFiles() =>
    [
        .. Directory.GetDirectories(RepoPaths.Samples).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "hi.txt")),
        .. Directory.GetDirectories(RepoPaths.Samples).Order(StringComparer.Ordinal).Reverse().Select(d => Path.Combine(d, "en.txt")),
    ];

    [Fact]
    public void Pairs_each_sample_with_its_own_translation()
    {
        var failures = new List<UnpairedInput>();
        var matches = new ArticlePairer(new Aligner()) { Threads = 2 }.Pair(SampleFiles(), failures, out var unpairedEnglish);

        failures.Should().BeEmpty();
        unpairedEnglish.Should().BeEmpty();
        matches.Should().OnlyContain(m => m.EnglishPath != null && Path.GetDirectoryName(m.EnglishPath) == Path.GetDirectoryName(m.HindiPath));
        matches.Should().HaveCount(Directory.GetDirectories(RepoPaths.Samples).Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cancelled_token_stops_the_pairing_with_no_result(int threads)
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var failures = new List<UnpairedInput>();
        var pairer = new ArticlePairer(new Aligner()) { Threads = threads, Cancel = stop.Token };

        var pair = () => pairer.Pair(SampleFiles(), failures, out _);

        pair.Should().Throw<OperationCanceledException>();
        failures.Should().BeEmpty("no file was read");
    }
}
