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
/// </remarks>
public sealed class OutputCheck
{
    private readonly Dictionary<FileKey, string> _inputs = [];
    private readonly Dictionary<FileKey, (string Name, string Path)> _outputs = [];

    /// <summary>Registers an input file (one that does not exist cannot be overwritten and is ignored here).</summary>
    public void AddInput(string path)
    {
        // One stat gives both the kind and the identity (a batch registers every input file).
        if (FileIdentity.KindAndKeyOf(path) is not { Kind: not FileKind.CharacterDevice, Key: var key })
        {
            return;
        }

        if (_outputs.TryGetValue(key, out var output))
        {
            throw Clash(output.Path, output.Name, path);
        }

        _inputs.TryAdd(key, path);
    }

    /// <summary>Registers an output, named by its option (e.g. "--summary") or its role.</summary>
    public void AddOutput(string name, string path)
    {
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

    private static InputException Clash(string output, string name, string input) =>
        new(InputErrorKind.OutputConflict, output, null,
            $"{name} is also an input ({input}); choose another output file (an input is never also an output)");
}
