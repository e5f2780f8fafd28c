using System.Security.Cryptography;
using System.Text;

namespace LeakSpec.Features;

/// <summary>
/// One feature pack: a header (magic, key text), then records of [payload length][item id, value width, row][SHA-256
/// of the payload]; a row whose values are all float32 (a network's features) is stored in four bytes a value. The index of item → record is built by one scan that reads only lengths and ids; hashes are checked on
/// each read. Appends first cut the file back to its last whole record, so a record torn by a crash never sits
/// before good ones.
/// </summary>
internal sealed class Pack(string path, string keyText)
{
    private const int HashLength = 32;
    private static readonly byte[] Magic = "LSFP1\n"u8.ToArray();
    private readonly Lock gate = new();
    private Dictionary<string, (long Offset, int Length)>? index;
    private long validEnd;

    public bool TryGet(string item, out double[] features)
    {
        features = [];
        lock (gate)
        {
            EnsureIndex();
            if (!index!.TryGetValue(item, out var at))
            {
                return false;
            }

            var record = new byte[4 + at.Length + HashLength];
            try
            {
                using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                fs.Position = at.Offset;
                fs.ReadExactly(record);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                index = null;
                return false;
            }

            var payload = record.AsSpan(4, at.Length);
            if (BitConverter.ToInt32(record, 0) != at.Length || !SHA256.HashData(payload).AsSpan().SequenceEqual(record.AsSpan(4 + at.Length)))
            {
                index.Remove(item);
                return false;
            }

            using var reader = new BinaryReader(new MemoryStream(record, 4, at.Length), Encoding.UTF8);
            if (reader.ReadString() != item)
            {
                index.Remove(item);
                return false;
            }

            var width = reader.ReadByte();
            var values = new double[reader.ReadInt32()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = width == sizeof(float) ? reader.ReadSingle() : reader.ReadDouble();
            }

            features = values;
            return true;
        }
    }

    public void Append(IReadOnlyList<(string Item, double[] Features)> rows)
    {
        lock (gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var fs = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);

            // The file may have changed under the index (another process appended, or a crash cut it): rescan it.
            if (index is null || fs.Length != validEnd)
            {
                Scan(fs);
            }

            fs.SetLength(validEnd);
            fs.Position = validEnd;
            using var writer = new BinaryWriter(fs, Encoding.UTF8, leaveOpen: true);
            if (validEnd == 0)
            {
                writer.Write(Magic);
                writer.Write(keyText);
                validEnd = fs.Position;
            }

            foreach (var (item, values) in rows)
            {
                using var ms = new MemoryStream();
                using (var payload = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
                {
                    // A network's features are float32 and come back exactly from four bytes; averaged crops need eight.
                    var asFloat = values.All(v => BitConverter.DoubleToInt64Bits((float)v) == BitConverter.DoubleToInt64Bits(v));
                    payload.Write(item);
                    payload.Write((byte)(asFloat ? sizeof(float) : sizeof(double)));
                    payload.Write(values.Length);
                    foreach (var v in values)
                    {
                        if (asFloat)
                        {
                            payload.Write((float)v);
                        }
                        else
                        {
                            payload.Write(v);
                        }
                    }
                }

                var bytes = ms.ToArray();
                writer.Write(bytes.Length);
                writer.Write(bytes);
                writer.Write(SHA256.HashData(bytes));
                index![item] = (validEnd, bytes.Length);
                validEnd += 4 + bytes.Length + HashLength;
            }

            writer.Flush();
        }
    }

    private void EnsureIndex()
    {
        if (index is not null)
        {
            return;
        }

        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Scan(fs);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            index = [];
            validEnd = 0;
        }
    }

    /// <summary>Indexes the whole records; <see cref="validEnd"/> is where the last one ends (0: no valid header).</summary>
    private void Scan(FileStream fs)
    {
        index = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
        validEnd = 0;
        fs.Position = 0;
        using var reader = new BinaryReader(new BufferedStream(fs, 4096), Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadString() != keyText)
            {
                return;
            }

            var position = (long)Magic.Length + Encoding.UTF8.GetByteCount(keyText) + LengthPrefixBytes(keyText);
            validEnd = position;
            while (position + 4 <= fs.Length)
            {
                reader.BaseStream.Position = position;
                var length = reader.ReadInt32();
                var end = position + 4 + length + HashLength;
                if (length <= 0 || end > fs.Length)
                {
                    return;
                }

                index[reader.ReadString()] = (position, length);
                position = end;
                validEnd = end;
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            // A torn header or record: what was indexed before it stands, the rest is cut off on the next append.
        }
    }

    /// <summary>Bytes of BinaryWriter's 7-bit length prefix for the UTF-8 length of <paramref name="text"/>.</summary>
    private static int LengthPrefixBytes(string text)
    {
        var n = (uint)Encoding.UTF8.GetByteCount(text);
        var bytes = 1;
        while (n >= 0x80)
        {
            n >>= 7;
            bytes++;
        }

        return bytes;
    }
}
