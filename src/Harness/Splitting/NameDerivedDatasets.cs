using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// TID2013 and KADID-10k item lists follow from their naming schemes, so their splits can be made, snapshotted and
/// audited without the images. Scores are 0 (so the fingerprint is of the names only) and manifests built from them say
/// <c>name-derived:</c> in their policy: they do not match the fingerprint of the real dataset on disk.
/// </summary>
public static class NameDerivedDatasets
{
    private const string RootPrefix = "name-derived:";

    /// <summary>
    /// 25 references × 24 distortions × 5 levels, written <c>i01_01_1.bmp</c> … <c>i25_24_5.bmp</c>. The release's
    /// <c>mos_with_names.txt</c> writes names in lower case as far as we know; where a copy writes some upper-case
    /// (<c>I01_01_1.bmp</c>) the groups are the same (compared case-insensitively) but the fingerprint differs.
    /// </summary>
    public static Dataset Tid2013() => Make(DatasetKind.Tid2013, 25, 24, 5, (r, d, l) => $"i{r:D2}_{d:D2}_{l}.bmp");

    /// <summary>81 references × 25 distortions × 5 levels: <c>I01_01_01.png</c> … <c>I81_25_05.png</c>.</summary>
    public static Dataset Kadid10k() => Make(DatasetKind.Kadid10k, 81, 25, 5, (r, d, l) => $"I{r:D2}_{d:D2}_{l:D2}.png");

    public static Dataset For(DatasetKind kind) => kind switch
    {
        DatasetKind.Tid2013 => Tid2013(),
        DatasetKind.Kadid10k => Kadid10k(),
        _ => throw new ArgumentException($"{kind} item ids do not follow from a naming scheme; load the dataset instead.", nameof(kind)),
    };

    public static bool IsNameDerived(Dataset dataset) => dataset.Root.StartsWith(RootPrefix, StringComparison.Ordinal);

    private static Dataset Make(DatasetKind kind, int refs, int distortions, int levels, Func<int, int, int, string> name)
    {
        var group = GroupFunctions.For(kind);
        var items = new List<DatasetItem>(refs * distortions * levels);
        for (var r = 1; r <= refs; r++)
        {
            for (var d = 1; d <= distortions; d++)
            {
                for (var l = 1; l <= levels; l++)
                {
                    var id = name(r, d, l);
                    items.Add(new DatasetItem(id, string.Empty, 0, 0, group(id)));
                }
            }
        }

        return new Dataset(kind, RootPrefix + kind.ToString().ToLowerInvariant(), items);
    }
}
