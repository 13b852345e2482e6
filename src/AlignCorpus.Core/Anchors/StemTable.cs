using System.Text;
using System.Text.Unicode;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// The entries of a stem cache (lines <c>hindi&lt;TAB&gt;english&lt;TAB&gt;english...</c>, UTF-8),
/// looked up in the file's bytes: reading it builds only an open-addressing index of its lines
/// (three integers an entry, no string), and an entry's words are decoded when it is asked for.
/// Start-up needs a few dozen of FreeDict's 11,000 entries; building a dictionary of sets for all
/// of them cost more than everything else `align` does. Immutable, so safe to share between threads.
/// </summary>
internal sealed class StemTable
{
    private readonly byte[] _bytes;
    private readonly int[] _start;
    private readonly int[] _tab;
    private readonly int[] _end;

    /// <summary>Entry number + 1 per slot, 0 for an empty slot; the length is a power of two.</summary>
    private readonly int[] _slots;

    private StemTable(byte[] bytes, int capacity)
    {
        _bytes = bytes;
        _start = new int[capacity];
        _tab = new int[capacity];
        _end = new int[capacity];
        _slots = new int[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2))];
    }

    /// <summary>Distinct Hindi stems.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Indexes the lines of <paramref name="bytes"/> from <paramref name="offset"/> (empty lines
    /// skipped; a later line of the same Hindi stem replaces an earlier one); null with the
    /// <paramref name="problem"/> when a line has no translation.
    /// </summary>
    public static StemTable? Read(byte[] bytes, int offset, out string? problem)
    {
        var table = new StemTable(bytes, bytes.AsSpan(offset).Count((byte)'\n') + 1);
        int pos = offset;
        while (pos < bytes.Length)
        {
            int eol = bytes.AsSpan(pos).IndexOf((byte)'\n');
            int end = eol < 0 ? bytes.Length : pos + eol;
            if (end > pos)
            {
                int tab = bytes.AsSpan(pos, end - pos).IndexOf((byte)'\t');
                if (tab < 0)
                {
                    problem = "a line without a translation";
                    return null;
                }

                table.Add(pos, pos + tab, end);
            }

            pos = end + 1;
        }

        problem = null;
        return table;
    }

    private void Add(int start, int tab, int end)
    {
        var key = _bytes.AsSpan(start, tab - start);
        int mask = _slots.Length - 1;
        for (int slot = (int)System.IO.Hashing.XxHash3.HashToUInt64(key) & mask; ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0)
            {
                _start[Count] = start;
                _tab[Count] = tab;
                _end[Count] = end;
                _slots[slot] = ++Count;
                return;
            }

            if (KeyBytes(entry).SequenceEqual(key))
            {
                _start[entry] = start;
                _tab[entry] = tab;
                _end[entry] = end;
                return;
            }
        }
    }

    private ReadOnlySpan<byte> KeyBytes(int entry) => _bytes.AsSpan(_start[entry], _tab[entry] - _start[entry]);

    /// <summary>The entry of <paramref name="hindi"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> hindi)
    {
        byte[]? rented = null;
        int max = Encoding.UTF8.GetMaxByteCount(hindi.Length);
        Span<byte> buffer = max <= 256 ? stackalloc byte[256] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        try
        {
            // A string that is not valid UTF-16 (a lone surrogate) is no key of a UTF-8 file.
            if (Utf8.FromUtf16(hindi, buffer, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                return -1;
            }

            var key = buffer[..written];
            int mask = _slots.Length - 1;
            for (int slot = (int)System.IO.Hashing.XxHash3.HashToUInt64(key) & mask; ; slot = (slot + 1) & mask)
            {
                int entry = _slots[slot] - 1;
                if (entry < 0 || KeyBytes(entry).SequenceEqual(key))
                {
                    return entry;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The Hindi stem of an entry.</summary>
    public string Key(int entry) => Encoding.UTF8.GetString(KeyBytes(entry));

    /// <summary>The distinct English stems of an entry, in the file's order.</summary>
    public string[] Translations(int entry)
    {
        int from = _tab[entry] + 1;
        var stems = Encoding.UTF8.GetString(_bytes, from, _end[entry] - from).Split('\t');

        // Each once, the first of equal ones kept, without LINQ's set and copies: an entry has a
        // handful, and every dictionary stem a batch meets the first time is looked up here.
        int distinct = 0;
        for (int i = 0; i < stems.Length; i++)
        {
            if (Array.IndexOf(stems, stems[i], 0, distinct) < 0)
            {
                stems[distinct++] = stems[i];
            }
        }

        return distinct == stems.Length ? stems : stems[..distinct];
    }
}
