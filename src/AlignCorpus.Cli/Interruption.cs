using System.Runtime.InteropServices;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>
/// SIGINT (Ctrl+C), SIGTERM (schedulers, <c>timeout</c>, <c>kill</c>) and SIGHUP (a closed terminal):
/// the first one cancels the run's token, so a batch stops taking documents, commits nothing and says
/// what was done; a second one removes every temporary file and ends the process at once. The exit
/// code names the signal: 130, 143, 129 (128 + its number, as shells report it). A signal that comes
/// within half a second of the first is taken as the same one delivered twice (<c>timeout</c> signals
/// the process and then its process group).
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly TextWriter _stderr;
    private readonly PosixSignalRegistration[] _registrations;
    private readonly System.Diagnostics.Stopwatch _sinceFirst = new();
    private int _signals;
    private int _exitCode = ExitCodes.Interrupted;

    public Interruption(TextWriter stderr)
    {
        _stderr = stderr;
        _registrations = OperatingSystem.IsWindows()
            ? [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)]
            : [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, Handle)];
    }

    /// <summary>A signal this soon after the first is the same request delivered twice, not a second one.</summary>
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromMilliseconds(500);

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of an interrupted run: 128 + the number of the first signal.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>The exit code to return: <paramref name="code"/>, or the signal's code when the run was interrupted.</summary>
    public int Map(int code) => code == ExitCodes.Interrupted ? ExitCode : code;

    public void Dispose()
    {
        foreach (var r in _registrations)
        {
            r.Dispose();
        }

        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // The default action (ending the process at once) is taken over: temporary files must go first.
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) == 1)
        {
            _sinceFirst.Start();
            Volatile.Write(ref _exitCode, context.Signal switch
            {
                PosixSignal.SIGTERM => ExitCodes.Terminated,
                PosixSignal.SIGHUP => ExitCodes.HungUp,
                _ => ExitCodes.Interrupted,
            });
            _cancel.Cancel();
            return;
        }

        if (_sinceFirst.Elapsed < DuplicateWindow)
        {
            // The same stop delivered twice: `timeout` and job schedulers signal the process and then its group.
            return;
        }

        int removed = TempFiles.Process.RemoveAll();
        try
        {
            _stderr.WriteLine($"aligncorpus: stopped at once by a second signal; {removed} temporary file(s) removed, no output written");
            _stderr.Flush();
        }
        catch (IOException)
        {
        }

        Environment.Exit(ExitCode);
    }
}
