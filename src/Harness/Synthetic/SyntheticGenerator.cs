using System.Diagnostics;
using LeakSpec.Datasets;

namespace LeakSpec.Synthetic;

/// <summary>
/// Writes a synthetic dataset in the real on-disk format of a <see cref="DatasetKind"/>, so that the same loader
/// reads it and the real one; the ground truth goes to <see cref="SyntheticResult.Items"/> and, beside the data,
/// to `synthetic-truth.csv`. The same (kind, size, seed) gives byte-identical files.
/// </summary>
public static class SyntheticGenerator
{
    public static SyntheticResult Write(DatasetKind kind, SyntheticSize size, int seed, string outDir, bool overwrite = false) =>
        Write(kind, size, seed, outDir, ScoreModel.Default, overwrite);

    /// <param name="maxItems">Write only the first this many items (whole references for TID2013 and KADID-10k), as the
    /// full plan would: a real-resolution sample for a machine without the disk or hours for the whole release.</param>
    public static SyntheticResult Write(DatasetKind kind, SyntheticSize size, int seed, string outDir, ScoreModel model, bool overwrite = false, int? maxItems = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Validate();
        var root = Path.GetFullPath(outDir);
        EnsureWritable(root, overwrite);
        var clock = Stopwatch.StartNew();
        var ctx = new SynthContext(kind, size, seed, root, model, maxItems);
        Directory.CreateDirectory(root);
        var items = kind switch
        {
            DatasetKind.Tid2013 => TidWriter.Write(ctx),
            DatasetKind.Kadid10k => KadidWriter.Write(ctx),
            DatasetKind.Koniq10k => KoniqWriter.Write(ctx),
            DatasetKind.LiveC => LiveCWriter.Write(ctx),
            DatasetKind.Konvid1k => KonvidWriter.Write(ctx),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown dataset kind"),
        };
        TruthCsv.Write(root, items);
        return new SyntheticResult(kind, size, seed, root, model, items, clock.Elapsed);
    }

    /// <summary>Nothing the user had is overwritten unless they said so: a non-empty target needs <paramref name="overwrite"/>.</summary>
    private static void EnsureWritable(string root, bool overwrite)
    {
        if (File.Exists(root))
        {
            throw new SyntheticDataException($"{root} is a file, not a directory: choose another --out");
        }

        if (!overwrite && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new SyntheticDataException(
                $"{root} is not empty: refusing to write a synthetic dataset into it. Choose an empty or new directory, " +
                "or pass --force (overwrite: true) to overwrite same-named files there.");
        }
    }
}
