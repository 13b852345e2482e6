using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Cli.Tests;

public sealed class ProgressTests
{
    [Fact]
    public void A_log_gets_plain_lines_ending_on_the_final_count()
    {
        var log = new StringWriter();
        var progress = new Progress(log, interactive: false, quiet: false, interval: TimeSpan.FromSeconds(1));
        Thread.Sleep(1100);
        progress.Report(new BatchProgress(1, 0, 3, TimeSpan.FromSeconds(1)));
        progress.Report(new BatchProgress(2, 0, 3, TimeSpan.FromSeconds(2)));
        progress.Report(new BatchProgress(3, 1, 3, TimeSpan.FromSeconds(3)));
        progress.Done();
        log.ToString().Should().Be(
            "aligncorpus: 1/3 documents, 1.0/s, ETA 00:00:02, 0 failed\n" +
            "aligncorpus: 3/3 documents, 1.0/s, ETA 00:00:00, 1 failed\n");
    }

    [Fact]
    public void A_terminal_gets_one_live_line_ending_on_the_final_count()
    {
        var shown = new StringWriter();
        var live = new Progress(shown, interactive: true, quiet: false, interval: TimeSpan.Zero);
        live.Report(new BatchProgress(1, 0, 3, TimeSpan.FromSeconds(1)));
        live.Report(new BatchProgress(3, 1, 3, TimeSpan.FromSeconds(3)));
        live.Done();
        shown.ToString().Should().StartWith("\r1/3 documents").And.EndWith("\n");
        shown.ToString().TrimEnd().Should().EndWith("\r3/3 documents, 1.0/s, ETA 00:00:00, 1 failed");
    }

    [Fact]
    public void Nothing_shown_nothing_ended_and_quiet_shows_nothing()
    {
        var log = new StringWriter();
        var early = new Progress(log, interactive: true, quiet: false, interval: TimeSpan.FromHours(1));
        early.Report(new BatchProgress(1, 0, 3, TimeSpan.FromSeconds(1)));
        early.Done();
        var quiet = new Progress(log, interactive: false, quiet: true, interval: TimeSpan.Zero);
        quiet.Report(new BatchProgress(1, 0, 3, TimeSpan.FromSeconds(1)));
        quiet.Done();
        log.ToString().Should().BeEmpty();
    }
}
