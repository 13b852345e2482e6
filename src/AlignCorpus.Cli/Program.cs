using System.CommandLine;
using System.Text;

namespace AlignCorpus.Cli;

/// <summary>The aligncorpus command: parses the command line and runs one of its commands.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the run cleanly (outputs are not committed); a second one kills.
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true;
                cancel.Cancel();
            }
        };
        try
        {
            return Run(args, stdout, stderr, cancel.Token);
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>Runs the command line with the given output streams (the tests call this).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var root = new RootCommand(
            "AlignCorpus: paragraph alignment of Hindi/English news articles into a parallel corpus.\n\n" +
            "Examples:\n" +
            "  aligncorpus align seeds/000_92b70e2d4c997702.txt seeds/003_fe1a0f1f72c2912e.txt\n" +
            "  aligncorpus align hi.txt en.txt --format tsv --columns hi,en -o corpus.tsv\n" +
            "  aligncorpus align hi.txt en.txt --format tmx -o corpus.tmx\n" +
            "  aligncorpus batch --hi-dir hi/ --en-dir en/ -o corpus.tsv --summary summary.json\n" +
            "  aligncorpus eval gold/ hyp/ --per-doc\n\n" +
            "Exit codes: 0 done, 1 usage error, 2 bad input, 3 some documents failed, 4 output not writable, 70 internal error, 130 interrupted.");
        root.Subcommands.Add(AlignCommand.Create(stdout, stderr));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr, cancel));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(LexiconCommand.Create(stdout, stderr, cancel));
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The tool's version, as in the assembly.</summary>
    public static string Version =>
        typeof(Program).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
