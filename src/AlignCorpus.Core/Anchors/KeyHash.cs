using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// The hash of an anchor key or word that the thread's open-addressing tables share
/// (<see cref="SpanMap{TValue}"/>, <see cref="KeySet"/>, <see cref="ParagraphKeySet"/>, the
/// document's <see cref="KeyNumbers"/>): a hash kept with a word is valid in all of them.
/// </summary>
/// <remarks>
/// In a class that is not generic: a static method of a generic class over references is shared
/// code that looks its class up on every call.
/// </remarks>
internal static class KeyHash
{
    /// <summary>
    /// A key of at most 8 characters (most words and anchor keys) is hashed whole from two loads
    /// (its first and last four characters) and its length, mixed by multiplication; a longer one
    /// by the runtime's string hash of every character, randomised per process: a page of long
    /// tokens that share their length and ends (numbers in a table, codes) must not fall into one
    /// chain of slots, and no input can be made to. No order of a table is ever read, so the
    /// output does not depend on the hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(ReadOnlySpan<char> key)
    {
        if (key.Length > 8)
        {
            return (uint)string.GetHashCode(key);
        }

        ulong x;
        if (key.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(key);
            x = MemoryMarshal.Read<ulong>(bytes) * 0x9E3779B97F4A7C15 ^ MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            x = 0;
            foreach (char c in key)
            {
                x = (x << 16) | c;
            }
        }

        x = (x ^ (ulong)key.Length) * 0xFF51AFD7ED558CCD;
        return (uint)(x >> 32);
    }
}
