using System.Diagnostics;
using System.Globalization;
using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Cli;

/// <summary>
/// Batch progress on stderr: on an interactive terminal a live line (done/total, rate, ETA,
/// failures) redrawn a few times a second; otherwise (CI, a log file) a plain line every few
/// seconds; nothing with --quiet.
/// </summary>
public sealed class Progress(TextWriter stderr, bool interactive, bool quiet)
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private bool _drawn;

    public void Report(BatchProgress p)
    {
        if (quiet || _since.Elapsed < TimeSpan.FromMilliseconds(interactive ? 250 : 5000))
        {
            return;
        }

        _since.Restart();
        string line = Line(p);
        if (interactive)
        {
            stderr.Write("\r" + line.PadRight(79));
            _drawn = true;
        }
        else
        {
            stderr.WriteLine("aligncorpus: " + line);
        }
    }

    /// <summary>Ends the live line before the summary is printed.</summary>
    public void Done()
    {
        if (_drawn)
        {
            stderr.WriteLine();
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
