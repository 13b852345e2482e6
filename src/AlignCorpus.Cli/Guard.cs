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
            stderr.WriteLine("aligncorpus: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"aligncorpus: internal error (please report it with the input): {e}");
            return ExitCodes.InternalError;
        }
    }
}
