using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LeakSpec.Synthetic;

/// <summary>
/// Writes MATLAB Level 5 MAT-files (the format of LIVE-in-the-Wild's `Data/*.mat`), little-endian, uncompressed:
/// a 128-byte header, then one miMATRIX element per variable. Supports what the LIVE release holds: real double
/// matrices and cell arrays of char row vectors. Layout per "MAT-File Format" (MathWorks, R2024), chapter 1.
/// <see cref="Compressed"/> gives the same file as MATLAB's default (v7, each variable in an miCOMPRESSED element).
/// </summary>
public static class MatV5Writer
{
    private const int MiInt8 = 1;
    private const int MiUInt16 = 4;
    private const int MiInt32 = 5;
    private const int MiUInt32 = 6;
    private const int MiDouble = 9;
    private const int MiMatrix = 14;
    private const int MiCompressed = 15;
    private const int HeaderBytes = 128;
    private const int MiUtf8 = 16;
    private const byte MxCellClass = 1;
    private const byte MxCharClass = 4;
    private const byte MxDoubleClass = 6;

    /// <summary>A file holding one rows×cols double matrix (column-major, as MATLAB stores it).</summary>
    public static byte[] DoubleMatrix(string name, int rows, int cols, IReadOnlyList<double> columnMajor)
    {
        if (columnMajor.Count != rows * cols)
        {
            throw new ArgumentException($"{name}: {rows}×{cols} needs {rows * cols} values, got {columnMajor.Count}", nameof(columnMajor));
        }

        return File(w => Matrix(w, name, MxDoubleClass, [rows, cols], body =>
        {
            var data = new byte[8 * columnMajor.Count];
            for (var i = 0; i < columnMajor.Count; i++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(8 * i), columnMajor[i]);
            }

            Element(body, MiDouble, data);
        }));
    }

    /// <summary>A file holding a 1×N double row vector.</summary>
    public static byte[] DoubleRow(string name, IReadOnlyList<double> values) => DoubleMatrix(name, 1, values.Count, values);

    /// <summary>A file holding a rows×cols cell array (column-major) of char row vectors.</summary>
    public static byte[] CellOfStrings(string name, int rows, int cols, IReadOnlyList<string> columnMajor)
    {
        if (columnMajor.Count != rows * cols)
        {
            throw new ArgumentException($"{name}: {rows}×{cols} needs {rows * cols} strings, got {columnMajor.Count}", nameof(columnMajor));
        }

        return File(w => Matrix(w, name, MxCellClass, [rows, cols], body =>
        {
            foreach (var s in columnMajor)
            {
                Matrix(body, string.Empty, MxCharClass, s.Length == 0 ? [0, 0] : [1, s.Length], chars => CharData(chars, s));
            }
        }));
    }

    /// <summary>A file holding a 1×N cell array of char row vectors (LIVE's `AllImages_release`).</summary>
    public static byte[] CellRowOfStrings(string name, IReadOnlyList<string> values) => CellOfStrings(name, 1, values.Count, values);

    /// <summary>
    /// <paramref name="file"/> (one of this writer's files) with its variable zlib-compressed, as MATLAB saves by default;
    /// the same input gives the same bytes.
    /// </summary>
    public static byte[] Compressed(byte[] file)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(file.AsSpan(HeaderBytes));
        }

        using var ms = new MemoryStream();
        ms.Write(file.AsSpan(0, HeaderBytes));
        Span<byte> tag = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tag, MiCompressed);
        BinaryPrimitives.WriteInt32LittleEndian(tag[4..], (int)packed.Length);
        ms.Write(tag);
        ms.Write(packed.GetBuffer().AsSpan(0, (int)packed.Length));
        return ms.ToArray();
    }

    /// <summary>ASCII as miUTF8 (as scipy.io.savemat writes it), anything else as miUINT16 UTF-16 code units (as MATLAB does).</summary>
    private static void CharData(MemoryStream w, string s)
    {
        if (s.All(char.IsAscii))
        {
            Element(w, MiUtf8, Encoding.ASCII.GetBytes(s));
            return;
        }

        var data = new byte[2 * s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2 * i), s[i]);
        }

        Element(w, MiUInt16, data);
    }

    private static byte[] File(Action<MemoryStream> writeVariables)
    {
        using var ms = new MemoryStream();

        // No creation date in the text: the same content must give the same bytes.
        var text = "MATLAB 5.0 MAT-file, Platform: GLNXA64, Created by: LeakSpec.Synthetic.MatV5Writer".PadRight(116, ' ');
        ms.Write(Encoding.ASCII.GetBytes(text));
        ms.Write(new byte[8]);
        ms.Write([0x00, 0x01, (byte)'I', (byte)'M']);
        writeVariables(ms);
        return ms.ToArray();
    }

    private static void Matrix(MemoryStream w, string name, byte mxClass, int[] dims, Action<MemoryStream> writeData)
    {
        // Cells inside a cell array have no name; a variable's name must be one MATLAB can load.
        if (name.Length > 0 && (name.Length > 63 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new ArgumentException($"'{name}' is not a MATLAB variable name (a letter, then letters, digits or _, at most 63)", nameof(name));
        }

        using var body = new MemoryStream();
        var flags = new byte[8];
        flags[0] = mxClass;
        Element(body, MiUInt32, flags);
        var dimBytes = new byte[4 * dims.Length];
        for (var i = 0; i < dims.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(dimBytes.AsSpan(4 * i), dims[i]);
        }

        Element(body, MiInt32, dimBytes);
        Element(body, MiInt8, Encoding.ASCII.GetBytes(name));
        writeData(body);
        Element(w, MiMatrix, body.ToArray());
    }

    /// <summary>
    /// Tag (type, byte count) then the data padded to 8 bytes; data of 1–4 bytes in the small element format
    /// (count in the tag's upper half, data in its second word), as MATLAB and scipy write it.
    /// </summary>
    private static void Element(MemoryStream w, int type, byte[] data)
    {
        Span<byte> tag = stackalloc byte[8];
        tag.Clear();
        if (data.Length is > 0 and <= 4)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tag, (uint)((data.Length << 16) | type));
            data.CopyTo(tag[4..]);
            w.Write(tag);
            return;
        }

        BinaryPrimitives.WriteInt32LittleEndian(tag, type);
        BinaryPrimitives.WriteInt32LittleEndian(tag[4..], data.Length);
        w.Write(tag);
        w.Write(data);
        var pad = (8 - (data.Length % 8)) % 8;
        w.Write(new byte[pad]);
    }
}
