using System.CommandLine;
using System.Text;

namespace AlignCorpus.Cli;

/// <summary>The aligncorpus command: parses the command line and runs one of its commands.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(false);
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        var stdout = new StreamWriter(new StandardOutput(), utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };
        using var interruption = new Interruption(stderr);
        int code;
        try
        {
            code = Run(args, stdout, stderr, interruption.Token);
            stdout.Flush();
        }
        catch (StandardOutputException e)
        {
            code = Guard.StandardOutputFailed(e, stderr);
        }

        // Not disposed: after a failure, what is left in its buffer is dropped rather than written again.
        return interruption.Map(code);
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
            "Exit codes: 0 done, 1 usage error, 2 bad input, 3 some documents failed, 4 output not writable (a full disk or standard output too), 70 internal error,\n" +
            "130/143/129 stopped by SIGINT (Ctrl+C)/SIGTERM/SIGHUP, 141 standard output closed by its reader (broken pipe).");
        (string Name, Func<Command> Create)[] commands =
        [
            ("align", () => AlignCommand.Create(stdout, stderr, cancel)),
            ("batch", () => BatchCommand.Create(stdout, stderr, cancel)),
            ("eval", () => EvalCommand.Create(stdout, stderr)),
            ("lexicon", () => LexiconCommand.Create(stdout, stderr, cancel)),
        ];

        // A command line that starts with a command's name is parsed with that command alone:
        // after its name no other command can be given, and building the others' options is a
        // good part of start-up. Anything else (help, a typo, no command) sees them all.
        bool one = args.Length > 0 && commands.Any(c => c.Name == args[0]);
        foreach (var (name, create) in commands)
        {
            if (!one || name == args[0])
            {
                root.Subcommands.Add(create());
            }
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // A usage error is one line per fault and a hint on stderr; the help stays out of stdout.
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"aligncorpus: error: {error.Message}");
            }

            string command = parse.CommandResult.Command == root ? "aligncorpus" : "aligncorpus " + parse.CommandResult.Command.Name;
            stderr.WriteLine($"Try '{command} --help' for the options.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The tool's version, as in the assembly.</summary>
    public static string Version =>
        typeof(Program).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
