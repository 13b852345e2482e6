using AlignCorpus.Core.Loading;

namespace AlignCorpus.Cli;

/// <summary>Runs a command body and turns known failures into a message and an exit code.</summary>
public static class Guard
{
    public static int Run(TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            stderr.WriteLine($"aligncorpus: error: {e.Message}");
            return e.Kind == InputErrorKind.OutputConflict ? ExitCodes.OutputError : ExitCodes.BadInput;
        }
        catch (StandardOutputException e)
        {
            return StandardOutputFailed(e, stderr);
        }
        catch (CliError e)
        {
            stderr.WriteLine($"aligncorpus: error: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Inputs are read through the loader (InputException); what is left is writing.
            stderr.WriteLine($"aligncorpus: error: cannot write the output: {e.Message}");
            return ExitCodes.OutputError;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("aligncorpus: interrupted; no output file was written");
            return ExitCodes.Interrupted;
        }
        catch (AggregateException e) when (e.InnerException is StandardOutputException so)
        {
            return StandardOutputFailed(so, stderr);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"aligncorpus: internal error (please report it with the input): {e}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>One line for a standard output that failed: 141 when its reader went away, 4 when it is full or closed.</summary>
    public static int StandardOutputFailed(StandardOutputException e, TextWriter stderr)
    {
        if (e.BrokenPipe)
        {
            stderr.WriteLine("aligncorpus: standard output was closed by its reader (broken pipe); stopped");
            return ExitCodes.BrokenPipe;
        }

        stderr.WriteLine($"aligncorpus: error: cannot write to standard output: {e.Message}");
        return ExitCodes.OutputError;
    }
}
