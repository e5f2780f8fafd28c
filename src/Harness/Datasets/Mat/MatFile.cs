using System.Text;

namespace LeakSpec.Datasets.Mat;

/// <summary>
/// A MATLAB v5 MAT file (also what MATLAB's -v6/-v7 and scipy.io.savemat write). No NuGet package reads these, and
/// LIVE-in-the-Wild ships its metadata only this way. v7.3 files are HDF5 and are refused with a conversion hint.
/// </summary>
public sealed class MatFile
{
    private static readonly byte[] Hdf5Signature = [0x89, (byte)'H', (byte)'D', (byte)'F', 0x0D, 0x0A, 0x1A, 0x0A];

    private MatFile(string path, IReadOnlyList<MatArray> variables)
    {
        Path = path;
        Variables = variables;
    }

    public string Path { get; }

    /// <summary>The top-level variables in file order.</summary>
    public IReadOnlyList<MatArray> Variables { get; }

    public static MatFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetLayoutException("MAT file not found", path);
        }

        var bytes = File.ReadAllBytes(path);
        RefuseV73(path, bytes);
        if (bytes.Length < 128)
        {
            throw new MatFormatException(path, null, $"truncated: the 128-byte MAT header is only {bytes.Length} bytes long");
        }

        var bigEndian = (bytes[126], bytes[127]) switch
        {
            ((byte)'I', (byte)'M') => false,
            ((byte)'M', (byte)'I') => true,
            _ => throw new MatFormatException(path, null, "not a MATLAB v5 MAT file: the endian indicator at byte 126 is neither 'IM' nor 'MI'"),
        };
        return new MatFile(path, new MatParser(path, bigEndian).ParseTopLevel(bytes));
    }

    /// <summary>The variable with this name, or an error listing the variables the file has.</summary>
    public MatArray Get(string name) =>
        Variables.FirstOrDefault(v => v.Name == name)
        ?? throw new MatFormatException(Path, name, $"not in the file (it holds: {string.Join(", ", Variables.Select(v => v.Name))})");

    private static void RefuseV73(string path, byte[] bytes)
    {
        var text = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 116));
        var hdf5 = bytes.Length >= 520 && bytes.AsSpan(512, 8).SequenceEqual(Hdf5Signature);
        if (hdf5 || text.StartsWith("MATLAB 7.3", StringComparison.Ordinal))
        {
            throw new MatFormatException(
                path,
                null,
                "is a MATLAB v7.3 (HDF5) file, which LeakSpec does not read; convert it to v7 in MATLAB or Octave: "
                + $"S = load('{System.IO.Path.GetFileName(path)}'); save('{System.IO.Path.GetFileName(path)}', '-struct', 'S', '-v7')");
        }
    }
}
