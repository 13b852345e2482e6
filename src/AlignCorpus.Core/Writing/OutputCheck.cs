using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Compares every output with every input and every other output by identity (device and inode
/// after following links, see <see cref="FileKey"/>), not by spelling: an input reached through a
/// symlinked folder, a hard link or "a/../b" is still the same file. Inputs and outputs may be
/// added in any order; a clash is an <see cref="InputException"/> of kind
/// <see cref="InputErrorKind.OutputConflict"/> (the command's exit 4).
/// </summary>
/// <remarks>
/// Character devices are left out: writing /dev/null or a terminal twice, or reading and writing
/// the same terminal, destroys nothing. FIFOs and block devices are compared like files.
/// A batch registers every file its manifest names, some 300 bytes a document while kept (path
/// included): once its outputs are all registered (<see cref="SealOutputs"/>), inputs are only
/// compared with them, never kept, so that checking a corpus of any size takes the same memory; and
/// <see cref="Complete"/> forgets everything before the documents are aligned. Once sealed, an
/// input can only clash with an output that exists already (an input exists; an output that does
/// not exist yet is keyed by the folder it will be made in): when none does, inputs are not even
/// looked at (<see cref="InputsCanClash"/>), which spares a batch two stat calls a document.
/// </remarks>
public sealed class OutputCheck
{
    private Dictionary<FileKey, string> _inputs = [];
    private Dictionary<FileKey, (string Name, string Path)> _outputs = [];
    private bool _sealed;
    private bool _complete;
    private bool _anOutputExists;

    /// <summary>
    /// Every output is registered: an input registered from now on is compared with them and not
    /// kept (nothing could be compared with it any more), and the inputs kept so far are forgotten.
    /// Registering an output afterwards is a bug (<see cref="InvalidOperationException"/>).
    /// </summary>
    public void SealOutputs()
    {
        _sealed = true;
        _inputs = [];
        _anOutputExists = _outputs.Keys.Any(k => k.Exists);
    }

    /// <summary>
    /// False when the outputs are sealed and none of them exists yet: no input registered from now
    /// on can be one of them (an input that does not exist is ignored, one that exists is not an
    /// output yet to be made), so a caller may skip registering them, and <see cref="AddInput"/>
    /// does not look at them. True before <see cref="SealOutputs"/>.
    /// </summary>
    public bool InputsCanClash => !_sealed || _anOutputExists;

    /// <summary>
    /// Ends the check: every input and output is registered and compared. Forgets them all (the
    /// memory of a batch's paths is freed before its run); registering another afterwards is a bug
    /// (<see cref="InvalidOperationException"/>), since it would be compared with nothing.
    /// </summary>
    public void Complete()
    {
        _complete = true;
        _inputs = [];
        _outputs = [];
    }

    /// <summary>Registers an input file (one that does not exist cannot be overwritten and is ignored here).</summary>
    public void AddInput(string path)
    {
        ThrowIfComplete();
        if (!InputsCanClash)
        {
            return;
        }

        // One stat gives both the kind and the identity (a batch registers every input file).
        if (FileIdentity.KindAndKeyOf(path) is not { Kind: not FileKind.CharacterDevice, Key: var key })
        {
            return;
        }

        if (_outputs.TryGetValue(key, out var output))
        {
            throw Clash(output.Path, output.Name, path);
        }

        if (!_sealed)
        {
            _inputs.TryAdd(key, path);
        }
    }

    /// <summary>Registers an output, named by its option (e.g. "--summary") or its role.</summary>
    public void AddOutput(string name, string path)
    {
        ThrowIfComplete();
        if (_sealed)
        {
            throw new InvalidOperationException($"{name}: the outputs are sealed; register every output before the inputs that are not kept");
        }

        if (FileIdentity.KindOf(path) == FileKind.CharacterDevice)
        {
            return;
        }

        var key = FileIdentity.KeyOf(path);
        if (_inputs.TryGetValue(key, out var input))
        {
            throw Clash(path, name, input);
        }

        if (_outputs.TryGetValue(key, out var other))
        {
            throw new InputException(InputErrorKind.OutputConflict, path, null,
                $"{name} is the same file as {other.Name} ({other.Path}); give each output its own path");
        }

        _outputs.Add(key, (name, path));
    }

    private void ThrowIfComplete()
    {
        if (_complete)
        {
            throw new InvalidOperationException("the output check is complete; register every input and output before completing it");
        }
    }

    private static InputException Clash(string output, string name, string input) =>
        new(InputErrorKind.OutputConflict, output, null,
            $"{name} is also an input ({input}); choose another output file (an input is never also an output)");
}
