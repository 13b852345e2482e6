using System.IO.Compression;
using Crc32 = System.IO.Hashing.Crc32;
using AlignCorpus.Core.Files;
using SharpCompress.Compressors.BZip2;
using XZStream = SharpCompress.Compressors.Xz.XZStream;
using SharpCompress.Compressors.ZStandard;

namespace AlignCorpus.Core.Loading;

/// <summary>
/// Reads an input that may be compressed: the first bytes tell the format (gzip 1f 8b, zstd
/// 28 b5 2f fd, xz fd 37 7a 58 5a 00, bzip2 42 5a 68), whatever the name; a name that promises a
/// format (<c>x.gz</c>) whose content is not that format is an error. gzip is decoded by the base
/// library (System.IO.Compression), zstd, xz and bzip2 by SharpCompress. The limit applies to the
/// decompressed bytes (a bomb stops there); a truncated or corrupt stream is an
/// <see cref="InputException"/> naming the file.
/// </summary>
internal static class CompressedInput
{
    /// <summary>
    /// Reads <paramref name="raw"/> to its end, decompressed when its magic bytes say so, at most
    /// <paramref name="maxBytes"/> bytes of text; <paramref name="promised"/> is what the file's
    /// name promises (None: anything goes).
    /// </summary>
    public static byte[] ReadAll(Stream raw, string source, Compression promised, long maxBytes, long sizeHint, InputFile.Inspector? inspect)
    {
        var head = new byte[CompressionFormat.MagicLength];
        int n = InputFile.ReadFully(raw, head, source);
        var found = CompressionFormat.FromMagic(head.AsSpan(0, n));
        if (promised != Compression.None && found != promised)
        {
            string what = n == 0 ? "it is empty"
                : found == Compression.None ? "it does not start with " + CompressionFormat.Name(promised) + "'s magic bytes"
                : "it is " + CompressionFormat.Name(found) + "-compressed";
            throw new InputException(InputErrorKind.InvalidFormat, source, null,
                $"the name says {CompressionFormat.Name(promised)}, but the content is not {CompressionFormat.Name(promised)}-compressed ({what}); name the file for what it holds");
        }

        var input = new RawInput(head.AsSpan(0, n).ToArray(), raw, source);
        if (found == Compression.None)
        {
            return InputFile.ReadAll(input, source, maxBytes, sizeHint, inspect);
        }

        byte[] text;
        using (var decoded = new DecodedStream(DecodedStream.Guard(() => Decoder(found, input), source, found), source, found))
        {
            text = InputFile.ReadAll(decoded, source + " (decompressed)", maxBytes, 0, inspect);
        }

        CheckEnd(found, input, text, source);
        return text;
    }

    private static Stream Decoder(Compression format, Stream input) => format switch
    {
        Compression.Gzip => new GZipStream(input, CompressionMode.Decompress, leaveOpen: true),
        Compression.Zstd => new DecompressionStream(input, bufferSize: 0, checkEndOfStream: true, leaveOpen: true),
        Compression.Xz => new XZStream(input),
        _ => BZip2Stream.Create(input, SharpCompress.Compressors.CompressionMode.Decompress, decompressConcatenated: true, leaveOpen: true, tolerateTruncatedStream: false),
    };

    /// <summary>
    /// What the decoders leave unchecked. gzip: the base library checks the CRC-32 and length of
    /// every complete member, but stops silently where a file is cut, so the last member's trailer
    /// (the file's last 8 bytes) must match the text it ends. xz: the reader stops after the first
    /// stream, so anything but padding after it (a second stream: concatenated files) is refused
    /// rather than dropped.
    /// </summary>
    private static void CheckEnd(Compression format, RawInput input, byte[] text, string source)
    {
        if (format == Compression.Gzip)
        {
            var tail = input.Tail;
            uint size = BitConverter.ToUInt32(tail, 4), crc = BitConverter.ToUInt32(tail, 0);
            if (input.Total < 18 || size > text.Length || Crc32.HashToUInt32(text.AsSpan(text.Length - (int)size)) != crc)
            {
                throw Corrupt(source, format, "it ends before its last member's end (a cut file), or has data after it");
            }
        }
        else if (format == Compression.Xz)
        {
            var rest = new byte[1 << 12];
            int n;
            while ((n = input.Read(rest)) > 0)
            {
                if (rest.AsSpan(0, n).ContainsAnyExcept((byte)0))
                {
                    throw Corrupt(source, format, "it has data after the end of its first xz stream (concatenated .xz files are not read: decompress and compress them as one)");
                }
            }
        }
    }

    private static InputException Corrupt(string source, Compression format, string why, Exception? inner = null) =>
        new(InputErrorKind.InvalidFormat, source, null, $"is not valid {CompressionFormat.Name(format)} data (truncated or corrupt): {why}", inner);

    /// <summary>
    /// The file's bytes after its magic bytes were read: those first, then the rest; keeps the last
    /// 8 bytes read (the gzip trailer) and the count; an I/O failure is an input fault naming the file.
    /// </summary>
    private sealed class RawInput(byte[] head, Stream inner, string source) : ReadOnlyStream
    {
        private int _headUsed;

        public byte[] Tail { get; } = new byte[8];

        public long Total { get; private set; }

        /// <summary>The count read so far (the xz reader asks).</summary>
        public override long Position
        {
            get => Total;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            if (_headUsed < head.Length)
            {
                n = Math.Min(buffer.Length, head.Length - _headUsed);
                head.AsSpan(_headUsed, n).CopyTo(buffer);
                _headUsed += n;
            }
            else
            {
                n = InputFile.ReadSome(inner, buffer, source);
            }

            Keep(buffer[..n]);
            return n;
        }

        private void Keep(ReadOnlySpan<byte> read)
        {
            Total += read.Length;
            if (read.Length >= Tail.Length)
            {
                read[^Tail.Length..].CopyTo(Tail);
            }
            else if (read.Length > 0)
            {
                Tail.AsSpan(read.Length).CopyTo(Tail);
                read.CopyTo(Tail.AsSpan(Tail.Length - read.Length));
            }
        }
    }

    /// <summary>A decoder whose failures (a cut or damaged stream) become input errors naming the file.</summary>
    private sealed class DecodedStream(Stream decoder, string source, Compression format) : ReadOnlyStream
    {
        public override int Read(byte[] buffer, int offset, int count) => Guard(() => decoder.Read(buffer, offset, count), source, format);

        /// <summary>Runs a decoder step (some read on construction), turning its failures into input errors.</summary>
        public static T Guard<T>(Func<T> step, string source, Compression format)
        {
            try
            {
                return step();
            }
            catch (Exception e) when (e is not (InputException or OperationCanceledException or OutOfMemoryException))
            {
                throw Corrupt(source, format, e.Message, e);
            }
        }


        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                try
                {
                    decoder.Dispose();
                }
                catch (Exception e) when (e is not (InputException or OutOfMemoryException))
                {
                    // A decoder that checks its end on disposal: the text was read whole already.
                }
            }

            base.Dispose(disposing);
        }
    }
}
