using System.IO.Compression;
using System.Text;

namespace LeakSpec.Datasets.Mat;

/// <summary>zlib inflation and the best-effort name recovery that lets truncation errors name their variable.</summary>
internal sealed partial class MatParser
{
    // Metadata variables are kilobytes; a cap keeps a corrupt or hostile file from inflating without bound.
    private const long MaxInflatedBytes = 512L << 20;

    // Lenient inflation keeps what decoded before an error, enough to name the variable of a truncated file.
    private byte[] Inflate(byte[] bytes, int start, int size, bool lenient = false)
    {
        using var output = new MemoryStream();
        try
        {
            using var input = new MemoryStream(bytes, start, size, writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            var buffer = new byte[81920];
            int n;
            while ((n = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > MaxInflatedBytes)
                {
                    throw Error($"a compressed element inflates to more than {MaxInflatedBytes >> 20} MiB; expected a metadata variable");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            if (!lenient)
            {
                throw Error("the compressed (zlib) element is corrupt or truncated", e);
            }
        }

        return output.ToArray();
    }

    private string? PeekCompressedName(byte[] bytes, int start, int size)
    {
        try
        {
            var inflated = Inflate(bytes, start, size, lenient: true);
            var inner = ReadTag(inflated, 0, inflated.Length, checkSize: false);
            return PeekName(inflated, inner.DataStart);
        }
        catch (MatFormatException)
        {
            return null;
        }
    }

    private string? PeekName(byte[] buf, int start)
    {
        try
        {
            var flags = ReadTag(buf, start, buf.Length);
            var dims = ReadTag(buf, flags.Next, buf.Length);
            var name = ReadTag(buf, dims.Next, buf.Length);
            return Encoding.ASCII.GetString(buf, name.DataStart, name.Size);
        }
        catch (MatFormatException)
        {
            return null;
        }
    }
}
