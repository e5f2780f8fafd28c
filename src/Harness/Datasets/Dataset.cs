using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeakSpec.Datasets;

/// <summary>A loaded dataset: its kind, root and items in the order the metadata lists them.</summary>
public sealed class Dataset
{
    public Dataset(DatasetKind kind, string root, IReadOnlyList<DatasetItem> items)
    {
        Kind = kind;
        Root = root;
        Items = items;
        Fingerprint = ComputeFingerprint(items);
    }

    public DatasetKind Kind { get; }

    public string Root { get; }

    public IReadOnlyList<DatasetItem> Items { get; }

    /// <summary>SHA-256 (hex) of the sorted "id\tscore" lines: changes when any item or score changes, not when files move.</summary>
    public string Fingerprint { get; }

    public static string ComputeFingerprint(IEnumerable<DatasetItem> items)
    {
        var lines = items
            .Select(i => i.Id + "\t" + i.Score.ToString("R", CultureInfo.InvariantCulture))
            .OrderBy(l => l, StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
