using System.Buffers.Binary;
using System.Text;

namespace LeakSpec.Datasets.Mat;

/// <summary>Parses the data elements of a v5 MAT file (MathWorks "MAT-File Format", R2018a, chapter 1).</summary>
internal sealed partial class MatParser(string path, bool bigEndian)
{
    private const int MiInt8 = 1, MiUInt8 = 2, MiInt16 = 3, MiUInt16 = 4, MiInt32 = 5, MiUInt32 = 6, MiSingle = 7;
    private const int MiDouble = 9, MiInt64 = 12, MiUInt64 = 13, MiMatrix = 14, MiCompressed = 15;
    private const int MiUtf8 = 16, MiUtf16 = 17, MiUtf32 = 18;

    // The variable being read, so every truncation error can name it.
    private string? current;
    private int index;

    public IReadOnlyList<MatArray> ParseTopLevel(byte[] bytes)
    {
        var result = new List<MatArray>();
        var pos = 128;
        while (pos < bytes.Length)
        {
            index++;
            current = null;
            var tag = ReadTag(bytes, pos, bytes.Length, checkSize: false);
            if ((long)tag.DataStart + tag.Size > bytes.Length)
            {
                // Name the variable before reporting: its name usually precedes the cut.
                current = tag.Type switch
                {
                    MiMatrix => PeekName(bytes, tag.DataStart),
                    MiCompressed => PeekCompressedName(bytes, tag.DataStart, bytes.Length - tag.DataStart),
                    _ => null,
                };
                throw Error($"truncated: the element at byte {pos} declares {tag.Size} bytes of data, only {bytes.Length - tag.DataStart} remain");
            }

            if (tag.Type == MiCompressed)
            {
                var inflated = Inflate(bytes, tag.DataStart, tag.Size);
                var inner = ReadTag(inflated, 0, inflated.Length, checkSize: false);
                if ((long)inner.DataStart + inner.Size > inflated.Length)
                {
                    current = inner.Type == MiMatrix ? PeekName(inflated, inner.DataStart) : null;
                    throw Error("truncated: the compressed element inflates to fewer bytes than its array declares");
                }

                if (inner.Type == MiMatrix)
                {
                    result.Add(ParseMatrix(inflated, inner.DataStart, inner.DataStart + inner.Size, topLevel: true));
                }

                // Compressed elements are not padded to 8 bytes (what MATLAB and scipy write).
                pos = tag.DataStart + tag.Size;
            }
            else
            {
                if (tag.Type == MiMatrix)
                {
                    result.Add(ParseMatrix(bytes, tag.DataStart, tag.DataStart + tag.Size, topLevel: true));
                }

                pos = tag.Next;
            }
        }

        return result;
    }

    private MatArray ParseMatrix(byte[] buf, int start, int end, bool topLevel)
    {
        var flagsTag = ReadTag(buf, start, end);
        if (flagsTag.Size < 8)
        {
            throw Error($"array flags sub-element has {flagsTag.Size} bytes, expected 8");
        }

        var flags = U32(buf, flagsTag.DataStart);
        var cls = (MatClass)(flags & 0xFF);
        var complex = ((flags >> 8) & 0x08) != 0;
        var dimsTag = ReadTag(buf, flagsTag.Next, end);
        var dims = new int[dimsTag.Size / 4];
        for (var i = 0; i < dims.Length; i++)
        {
            dims[i] = (int)U32(buf, dimsTag.DataStart + (4 * i));
        }

        var nameTag = ReadTag(buf, dimsTag.Next, end);
        var name = Encoding.ASCII.GetString(buf, nameTag.DataStart, nameTag.Size);
        if (topLevel)
        {
            current = name;
        }

        var count = dims.Aggregate(1L, (a, b) => a * b);
        var pos = nameTag.Next;
        switch (cls)
        {
            case >= MatClass.Double and <= MatClass.UInt64:
                if (complex)
                {
                    throw Error("complex arrays are not supported; store the real part only");
                }

                var real = ReadTag(buf, pos, end);
                return new MatArray(path, name, cls, dims, ToDoubles(buf, real, count), null, null);
            case MatClass.Char:
                var text = ReadTag(buf, pos, end);
                return new MatArray(path, name, cls, dims, null, ToRows(DecodeText(buf, text), dims), null);
            case MatClass.Cell:
                var cells = new MatArray[count];
                for (var i = 0; i < count; i++)
                {
                    var cellTag = ReadTag(buf, pos, end);
                    if (cellTag.Type != MiMatrix)
                    {
                        throw Error($"cell {i + 1}: expected a miMATRIX element, found data type {cellTag.Type}");
                    }

                    cells[i] = ParseMatrix(buf, cellTag.DataStart, cellTag.DataStart + cellTag.Size, topLevel: false);
                    pos = cellTag.Next;
                }

                return new MatArray(path, name, cls, dims, null, null, cells);
            default:
                // Structs, objects and sparse arrays are skipped by size; only asking for their data is an error.
                return new MatArray(path, name, cls, dims, null, null, null);
        }
    }

    private double[] ToDoubles(byte[] buf, Tag tag, long expected)
    {
        var width = tag.Type switch
        {
            MiInt8 or MiUInt8 => 1,
            MiInt16 or MiUInt16 => 2,
            MiInt32 or MiUInt32 or MiSingle => 4,
            MiDouble or MiInt64 or MiUInt64 => 8,
            _ => throw Error($"numeric data stored as data type {tag.Type}, which is not a numeric MAT type"),
        };
        var n = tag.Size / width;
        if (n != expected)
        {
            throw Error($"expected {expected} values (from the dimensions), found {n}");
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var at = tag.DataStart + (i * width);
            values[i] = tag.Type switch
            {
                MiInt8 => (sbyte)buf[at],
                MiUInt8 => buf[at],
                MiInt16 => (short)U16(buf, at),
                MiUInt16 => U16(buf, at),
                MiInt32 => (int)U32(buf, at),
                MiUInt32 => U32(buf, at),
                MiSingle => BitConverter.Int32BitsToSingle((int)U32(buf, at)),
                MiDouble => BitConverter.Int64BitsToDouble((long)U64(buf, at)),
                MiInt64 => (long)U64(buf, at),
                _ => U64(buf, at),
            };
        }

        return values;
    }

    private string DecodeText(byte[] buf, Tag tag)
    {
        var span = buf.AsSpan(tag.DataStart, tag.Size);
        return tag.Type switch
        {
            MiUInt8 or MiInt8 => Encoding.Latin1.GetString(span),
            MiUtf8 => Encoding.UTF8.GetString(span),
            MiUInt16 or MiUtf16 => (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(span),
            MiUtf32 => new UTF32Encoding(bigEndian, false).GetString(span),
            _ => throw Error($"char data stored as data type {tag.Type}; expected miUINT16, miUTF8 or miUINT8"),
        };
    }

    private string[] ToRows(string chars, int[] dims)
    {
        if (dims.Length != 2)
        {
            throw Error($"expected a 2-D char array, found {dims.Length} dimensions");
        }

        var (m, n) = (dims[0], dims[1]);
        if (chars.Length != m * n)
        {
            throw Error($"char array {m}x{n} holds {chars.Length} characters");
        }

        // Stored column-major: row r is chars[r], chars[r + m], ...
        var rows = new string[m];
        var row = new char[n];
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < n; c++)
            {
                row[c] = chars[r + (c * m)];
            }

            rows[r] = new string(row);
        }

        return rows;
    }

    // Reads the 8-byte tag at pos, in either the normal or the small-element format (data packed in the tag).
    private Tag ReadTag(byte[] buf, int pos, int end, bool checkSize = true)
    {
        if (end - pos < 8)
        {
            throw Error($"truncated: a data element tag at byte {pos} needs 8 bytes, {Math.Max(0, end - pos)} remain");
        }

        var first = U32(buf, pos);
        if ((first >> 16) != 0)
        {
            return new Tag((int)(first & 0xFFFF), (int)(first >> 16), pos + 4, pos + 8);
        }

        var size = U32(buf, pos + 4);
        if (checkSize && size > (uint)(end - pos - 8))
        {
            throw Error($"truncated: an element at byte {pos} declares {size} bytes of data, only {end - pos - 8} remain");
        }

        var padded = (pos + 8 + (long)size + 7) & ~7L;
        return new Tag((int)first, (int)Math.Min(size, int.MaxValue - 16), pos + 8, (int)Math.Min(padded, end));
    }

    private MatFormatException Error(string message, Exception? inner = null) =>
        new(path, current ?? $"#{index} (name not read yet)", message, inner);

    private ushort U16(byte[] b, int at) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));

    private uint U32(byte[] b, int at) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));

    private ulong U64(byte[] b, int at) =>
        bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(at));

    private readonly record struct Tag(int Type, int Size, int DataStart, int Next);
}
