using System.Buffers;
using System.Globalization;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Loading;

/// <summary>
/// Reads input files with a size limit: the size of a regular file is checked before reading,
/// and every read (of a pipe, a device, a decompressed stream) stops at the limit, so
/// <c>/dev/zero</c> or a gzip bomb ends in an <see cref="InputException"/> naming the file
/// instead of exhausting memory. Every I/O failure while reading is an input fault.
/// Compressed files (gzip, zstd, xz, bzip2, told by their magic bytes) are decompressed on the way
/// (<see cref="CompressedInput"/>), the limit applying to the decompressed bytes.
/// </summary>
public static class InputFile
{
    /// <summary>The default limit per input file: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L << 20;

    /// <summary>The path that means standard input (an article of align, a manifest).</summary>
    public const string StandardInput = "-";

    /// <summary>How standard input is named in messages.</summary>
    public const string StandardInputName = "standard input";

    /// <summary>
    /// Reads all bytes of <paramref name="path"/>, decompressed when compressed, at most
    /// <paramref name="maxBytes"/>; <paramref name="inspect"/> sees the bytes read so far and where
    /// the new ones start after every read, and may throw to stop early (a NUL byte in what should
    /// be text). With <paramref name="standardInput"/>, the path "-" reads that stream.
    /// <paramref name="stat"/> is the path's <see cref="FileNode"/> when the caller has just taken
    /// it (a batch looks at both files of a pair before reading either): where
    /// <see cref="RegularFile"/> reads (Linux), it is trusted and saves a stat.
    /// </summary>
    /// <remarks>
    /// A regular file is read by <see cref="RegularFile"/> (open, one read, close) where it can be;
    /// what it reads is then taken as a <see cref="FileStream"/>'s reading would be: the same bytes,
    /// decompressed when compressed, and the same calls of <paramref name="inspect"/>.
    /// </remarks>
    public static byte[] ReadAllBytes(string path, long maxBytes = DefaultMaxBytes, Inspector? inspect = null, Stream? standardInput = null, FileNode? stat = null) =>
        Read(path, maxBytes, inspect, standardInput, stat, pool: false, out _);

    /// <summary>
    /// <see cref="ReadAllBytes"/> for a caller that is done with the bytes before it returns (the
    /// article loader parses them into strings): the bytes are the first <paramref name="length"/>
    /// of the array, and when <paramref name="rented"/> it came from
    /// <see cref="ArrayPool{T}.Shared"/> and goes back with <see cref="Return"/>. A regular file
    /// of at most <see cref="RegularFile.MaxPooled"/> bytes, read whole and not compressed, is
    /// read into a rented array (a batch no longer allocates each article's size in bytes);
    /// anything else gives a new array of exactly its bytes, as <see cref="ReadAllBytes"/> does.
    /// </summary>
    public static byte[] ReadPooled(string path, long maxBytes, Inspector? inspect, Stream? standardInput, FileNode? stat, out int length, out bool rented)
    {
        var bytes = Read(path, maxBytes, inspect, standardInput, stat, pool: true, out int rentedLength);
        rented = rentedLength >= 0;
        length = rented ? rentedLength : bytes.Length;
        return bytes;
    }

    /// <summary>Gives back an array <see cref="ReadPooled"/> rented.</summary>
    public static void Return(byte[] rented) => ArrayPool<byte>.Shared.Return(rented);

    /// <summary>
    /// The reading of <see cref="ReadAllBytes"/>; with <paramref name="pool"/>, a regular file
    /// read whole into a rented array and returned as read (not decompressed) is given in that
    /// array, <paramref name="rentedLength"/> its length; else that is -1 and the array is exactly the bytes.
    /// </summary>
    private static byte[] Read(string path, long maxBytes, Inspector? inspect, Stream? standardInput, FileNode? stat, bool pool, out int rentedLength)
    {
        rentedLength = -1;
        if (path == StandardInput && standardInput is not null)
        {
            return CompressedInput.ReadAll(standardInput, StandardInputName, Compression.None, maxBytes, 0, inspect);
        }

        if (RegularFile.Available)
        {
            CheckPath(path);
            if ((stat ?? FileNode.Of(path, followLinks: true, out _)) is { IsRegular: true, Size: var size })
            {
                if (size > maxBytes)
                {
                    throw TooLarge(path, maxBytes, size);
                }

                if (RegularFile.TryRead(path, size, Math.Min(maxBytes, Array.MaxLength - 1L), pool, out byte[] raw, out int length, out bool rented))
                {
                    return FromRaw(raw, length, rented, path, maxBytes, inspect, out rentedLength);
                }
            }
        }

        using var stream = OpenRead(path, maxBytes);
        return CompressedInput.ReadAll(stream, path, CompressionFormat.FromName(path), maxBytes, stream.CanSeek ? stream.Length : 0, inspect);
    }

    /// <summary>
    /// The bytes of a whole regular file, read at once (the first <paramref name="length"/> of
    /// <paramref name="raw"/>, a rented array when <paramref name="pooled"/>, else exactly the
    /// bytes): returned as they are when neither their magic bytes nor the name say compressed
    /// (<paramref name="inspect"/> sees the magic bytes, then the rest, as when
    /// <see cref="CompressedInput"/> reads a stream), else decompressed from memory into a new
    /// array (the rented one given back).
    /// </summary>
    private static byte[] FromRaw(byte[] raw, int length, bool pooled, string path, long maxBytes, Inspector? inspect, out int rentedLength)
    {
        rentedLength = -1;
        var promised = CompressionFormat.FromName(path);
        int head = Math.Min(length, CompressionFormat.MagicLength);
        if (promised != Compression.None || CompressionFormat.FromMagic(raw.AsSpan(0, head)) != Compression.None)
        {
            try
            {
                return CompressedInput.ReadAll(new MemoryStream(raw, 0, length, writable: false), path, promised, maxBytes, length, inspect);
            }
            finally
            {
                if (pooled)
                {
                    Return(raw);
                }
            }
        }

        if (inspect is not null && head > 0)
        {
            try
            {
                inspect(raw.AsSpan(0, head), 0);
                if (length > head)
                {
                    inspect(raw.AsSpan(0, length), head);
                }
            }
            catch when (pooled)
            {
                Return(raw);
                throw;
            }
        }

        rentedLength = pooled ? length : -1;
        return raw;
    }

    /// <summary>
    /// True when <paramref name="path"/> is compressed, by its magic bytes or by what its name
    /// promises (a name that promises it and content that is not are an error when read).
    /// </summary>
    public static bool IsCompressed(string path, long maxBytes = DefaultMaxBytes)
    {
        if (CompressionFormat.FromName(path) != Compression.None)
        {
            return true;
        }

        using var stream = OpenRead(path, maxBytes);
        var head = new byte[CompressionFormat.MagicLength];
        return CompressionFormat.FromMagic(head.AsSpan(0, ReadFully(stream, head, path))) != Compression.None;
    }

    /// <summary>Reads until <paramref name="into"/> is full or the stream ends; returns the count read.</summary>
    public static int ReadFully(Stream stream, Span<byte> into, string source)
    {
        int filled = 0;
        while (filled < into.Length)
        {
            int n = ReadSome(stream, into[filled..], source);
            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        return filled;
    }

    /// <summary>Looks at the bytes read so far (<paramref name="read"/>; the new ones from <paramref name="start"/>).</summary>
    public delegate void Inspector(ReadOnlySpan<byte> read, int start);

    /// <summary>
    /// Opens an input for reading: a folder, a missing or unreadable file, or a regular file
    /// larger than <paramref name="maxBytes"/> is an <see cref="InputException"/>.
    /// </summary>
    public static FileStream OpenRead(string path, long maxBytes = DefaultMaxBytes)
    {
        CheckPath(path);
        if (Directory.Exists(path))
        {
            throw new InputException(InputErrorKind.NotAFile, path, null, "is a directory, not a file");
        }

        if (FileNode.Of(path, followLinks: true, out _) is { IsRegular: true, Size: var size } && size > maxBytes)
        {
            throw TooLarge(path, maxBytes, size);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(InputErrorKind.NotFound, path, null, "no such file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(InputErrorKind.Unreadable, path, null, "cannot be read (permission denied)", e);
        }
        catch (IOException e)
        {
            throw new InputException(InputErrorKind.Unreadable, path, null, "cannot be read: " + e.Message, e);
        }
    }

    /// <summary>An empty path, or one holding a NUL character, names no file: an <see cref="InputException"/>.</summary>
    public static void CheckPath(string path)
    {
        if (path.Length == 0)
        {
            throw new InputException(InputErrorKind.NotFound, "\"\"", null, "an empty path names no file");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputException(InputErrorKind.NotFound, path.Replace("\0", "\\0", StringComparison.Ordinal), null, "a path cannot contain a NUL character");
        }
    }

    /// <summary>
    /// Reads a stream to its end, but no more than <paramref name="maxBytes"/> bytes: one byte
    /// more is an <see cref="InputException"/> naming <paramref name="source"/>.
    /// </summary>
    public static byte[] ReadAll(Stream stream, string source, long maxBytes, long sizeHint = 0, Inspector? inspect = null)
    {
        long cap = Math.Min(maxBytes, Array.MaxLength - 1L);

        // Sized for a regular file's known length, so that reading it copies nothing.
        var buffer = new byte[(int)Math.Clamp(sizeHint > 0 ? sizeHint : 1 << 16, 1, cap + 1)];
        var probe = new byte[1];
        int filled = 0;
        while (true)
        {
            int n;
            if (filled < buffer.Length)
            {
                n = ReadSome(stream, buffer.AsSpan(filled), source);
            }
            else
            {
                // The buffer is full: one byte more tells whether the input goes on.
                n = ReadSome(stream, probe, source);
                if (n > 0)
                {
                    Array.Resize(ref buffer, (int)Math.Min(cap + 1, Math.Max(buffer.Length * 2L, 1 << 16)));
                    buffer[filled] = probe[0];
                }
            }

            if (n == 0)
            {
                break;
            }

            if (filled + (long)n > cap)
            {
                throw TooLarge(source, maxBytes);
            }

            inspect?.Invoke(buffer.AsSpan(0, filled + n), filled);
            filled += n;
        }

        return filled == buffer.Length ? buffer : buffer[..filled];
    }

    internal static int ReadSome(Stream stream, Span<byte> into, string source)
    {
        try
        {
            return stream.Read(into);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.IO.InvalidDataException)
        {
            throw new InputException(InputErrorKind.Unreadable, source, null, "cannot be read: " + e.Message, e);
        }
    }

    /// <summary>A stream that reads at most <paramref name="maxBytes"/> bytes of another, then fails naming the source.</summary>
    public static Stream Bounded(Stream inner, string source, long maxBytes) => new BoundedStream(inner, source, maxBytes);

    /// <summary>
    /// The error for an input over the limit: <paramref name="size"/> when known before reading
    /// (a regular file), else it was found while reading (a pipe, a device, a decompressed stream).
    /// </summary>
    public static InputException TooLarge(string source, long maxBytes, long? size = null) =>
        new(InputErrorKind.TooLarge, source, null, size is { } n
            ? $"is {Bytes(n)}, more than the input limit of {Bytes(maxBytes)}; not read (raise the limit with --max-input-bytes)"
            : $"has more than the input limit of {Bytes(maxBytes)}; stopped reading there (raise the limit with --max-input-bytes)");

    /// <summary>A byte count for messages: 256 MiB, 1.5 GiB, 300 bytes.</summary>
    public static string Bytes(long n) => n switch
    {
        >= 1L << 30 => (n / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (n / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (n / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => n.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private sealed class BoundedStream(Stream inner, string source, long maxBytes) : ReadOnlyStream
    {
        private long _read;

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            try
            {
                n = inner.Read(buffer[..(int)Math.Min(buffer.Length, maxBytes + 1 - _read)]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.IO.InvalidDataException)
            {
                throw new InputException(InputErrorKind.Unreadable, source, null, "cannot be read: " + e.Message, e);
            }

            _read += n;
            if (_read > maxBytes)
            {
                throw TooLarge(source, maxBytes);
            }

            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
