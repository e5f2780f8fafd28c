using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Datasets.Mat;

/// <summary>
/// Writes little-endian MATLAB v5 MAT files with double matrices and cell columns of strings: what the synthetic
/// LIVE-in-the-Wild generator needs to write the release's layout. The header carries no timestamp, so equal
/// content gives byte-identical files.
/// </summary>
public sealed class MatWriter
{
    private const int MiInt8 = 1, MiUInt16 = 4, MiInt32 = 5, MiUInt32 = 6, MiDouble = 9, MiMatrix = 14, MiCompressed = 15;
    private readonly List<(string Name, byte[] Element)> variables = [];

    /// <summary>Adds a rows×cols double matrix given in column-major order (a 1×N row vector: rows = 1).</summary>
    public MatWriter AddDoubles(string name, int rows, int cols, IReadOnlyList<double> columnMajor)
    {
        if (rows * cols != columnMajor.Count)
        {
            throw new ArgumentException($"{rows}x{cols} needs {rows * cols} values, got {columnMajor.Count}", nameof(columnMajor));
        }

        var data = new byte[8 * columnMajor.Count];
        for (var i = 0; i < columnMajor.Count; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(8 * i), columnMajor[i]);
        }

        return Add(name, Matrix(MatClass.Double, [rows, cols], name, Element(MiDouble, data)));
    }

    /// <summary>Adds an N×1 cell array whose cells are 1×len char arrays (UTF-16 code units, as MATLAB stores them).</summary>
    public MatWriter AddStringCell(string name, IReadOnlyList<string> values)
    {
        var cells = values.Select(v => Matrix(MatClass.Char, [1, v.Length], string.Empty, Element(MiUInt16, Encoding.Unicode.GetBytes(v))));
        return Add(name, Matrix(MatClass.Cell, [values.Count, 1], name, cells.ToArray()));
    }

    public byte[] ToBytes(bool compress)
    {
        using var output = new MemoryStream();
        var header = new byte[128];
        Encoding.ASCII.GetBytes("MATLAB 5.0 MAT-file, Platform: LeakSpec, written by LeakSpec.Datasets.Mat.MatWriter".PadRight(116)).CopyTo(header, 0);
        header[124] = 0x00;
        header[125] = 0x01;
        header[126] = (byte)'I';
        header[127] = (byte)'M';
        output.Write(header);
        foreach (var (_, element) in variables)
        {
            output.Write(compress ? Compressed(element) : element);
        }

        return output.ToArray();
    }

    public void Save(string path, bool compress = true) => AtomicFile.WriteAllBytes(path, ToBytes(compress));

    private MatWriter Add(string name, byte[] element)
    {
        if (name.Length == 0 || name.Length > 63 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a MATLAB variable name (a letter, then letters, digits or _, at most 63)", nameof(name));
        }

        variables.Add((name, element));
        return this;
    }

    private static byte[] Matrix(MatClass cls, int[] dims, string name, params byte[][] data)
    {
        var flags = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(flags, (uint)cls);
        var dimBytes = new byte[4 * dims.Length];
        for (var i = 0; i < dims.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(dimBytes.AsSpan(4 * i), dims[i]);
        }

        var body = new List<byte>();
        body.AddRange(Element(MiUInt32, flags));
        body.AddRange(Element(MiInt32, dimBytes));
        body.AddRange(Element(MiInt8, Encoding.ASCII.GetBytes(name)));
        foreach (var d in data)
        {
            body.AddRange(d);
        }

        return Element(MiMatrix, body.ToArray());
    }

    // Normal tag format with the data padded to 8 bytes (readers also accept it for payloads that would fit a small element).
    private static byte[] Element(int type, byte[] data)
    {
        var padded = (data.Length + 7) & ~7;
        var element = new byte[8 + padded];
        BinaryPrimitives.WriteInt32LittleEndian(element, type);
        BinaryPrimitives.WriteInt32LittleEndian(element.AsSpan(4), data.Length);
        data.CopyTo(element, 8);
        return element;
    }

    private static byte[] Compressed(byte[] element)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(element);
        }

        var tag = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tag, MiCompressed);
        BinaryPrimitives.WriteInt32LittleEndian(tag.AsSpan(4), (int)packed.Length);
        return [.. tag, .. packed.ToArray()];
    }
}
