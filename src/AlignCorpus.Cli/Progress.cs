using System.Diagnostics;
using System.Globalization;
using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Cli;

/// <summary>
/// Batch progress on stderr: on an interactive terminal a live line (done/total, rate, ETA,
/// failures) redrawn a few times a second; otherwise (CI, a log file) a plain line every few
/// seconds, with no terminal control characters; nothing with --quiet. Once a line was shown, the
/// progress ends on the final count.
/// </summary>
public sealed class Progress(TextWriter stderr, bool interactive, bool quiet, TimeSpan? interval = null)
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromMilliseconds(interactive ? 250 : 5000);
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private BatchProgress? _last;
    private bool _drawn;
    private bool _lastShown;

    /// <summary>Progress on stderr: live on a terminal, plain lines in a log (or under CI), nothing when quiet.</summary>
    public static Progress OnStderr(TextWriter stderr, bool quiet) =>
        new(stderr, interactive: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null, quiet);

    public void Report(BatchProgress p)
    {
        _last = p;
        _lastShown = false;
        if (quiet || _since.Elapsed < _interval)
        {
            return;
        }

        Show(p);
    }

    /// <summary>Ends the progress on its final count (when any line was shown), before the summary is printed.</summary>
    public void Done()
    {
        if (_drawn && _last is { } last && !_lastShown)
        {
            Show(last);
        }

        if (_drawn && interactive)
        {
            stderr.WriteLine();
        }
    }

    private void Show(BatchProgress p)
    {
        _lastShown = true;
        _since.Restart();
        _drawn = true;
        string line = Line(p);
        if (interactive)
        {
            stderr.Write("\r" + line.PadRight(79));
        }
        else
        {
            stderr.WriteLine("aligncorpus: " + line);
        }
    }

    private static string Line(BatchProgress p)
    {
        double rate = p.Elapsed.TotalSeconds > 0 ? p.Done / p.Elapsed.TotalSeconds : 0;
        string done = p.Total is { } t ? $"{p.Done}/{t}" : p.Done.ToString(CultureInfo.InvariantCulture);
        string eta = p.Total is { } total && rate > 0 ? $", ETA {TimeSpan.FromSeconds((total - p.Done) / rate):hh\\:mm\\:ss}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{done} documents, {rate:0.0}/s{eta}, {p.Failed} failed");
    }
}
