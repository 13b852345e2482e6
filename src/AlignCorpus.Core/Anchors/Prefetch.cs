using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// Hints to the processor to bring memory into the cache before it is read (SSE's prefetch; no-ops
/// elsewhere). A batch's word map (<see cref="SpanMap{TValue}"/>) is larger than the cache, and a
/// look-up that waits for memory waits alone; asked for a few look-ups ahead, the waits overlap. A hint reads and
/// changes nothing, whatever address it is given, so no result depends on it.
/// </summary>
internal static class Prefetch
{
    /// <summary>Asks for the cache line of an array element (or any managed location).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Element<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>
    /// Asks for the first cache line of an object (a string's length and first characters): by its
    /// address, not a field, since reading a field would wait for the object. The address may be
    /// stale by the time the line comes (a collection may move the object): only a hint.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Object(object? o)
    {
        if (Sse.IsSupported && o is not null)
        {
            Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref o));
        }
    }
}
