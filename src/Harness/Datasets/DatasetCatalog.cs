namespace LeakSpec.Datasets;

/// <summary>The facts of the five datasets (../shared/DESIGN.md, "Data"), one place for loaders, splitters and `doctor`.</summary>
public static class DatasetCatalog
{
    public static readonly DatasetSpec Tid2013 = new(
        DatasetKind.Tid2013, "TID2013", 0, 9, HigherIsBetter: true, GroupKey.Reference, 3000, HasOfficialSplit: false,
        "Request TID2013 from its authors (ponomarenko.info/tid2013.htm) and unpack it so that mos_with_names.txt is in the root.");

    public static readonly DatasetSpec Kadid10k = new(
        DatasetKind.Kadid10k, "KADID-10k", 1, 5, HigherIsBetter: true, GroupKey.Reference, 10125, HasOfficialSplit: false,
        "Download kadid10k.zip from database.mmsp-kn.de/kadid-10k-database.html and unpack it so that dmos.csv is in the root.");

    public static readonly DatasetSpec Koniq10k = new(
        DatasetKind.Koniq10k, "KonIQ-10k", 0, 100, HigherIsBetter: true, GroupKey.Item, 10073, HasOfficialSplit: true,
        "Download KonIQ-10k (metadata CSVs and 1024x768 or 512x384 images) from database.mmsp-kn.de/koniq-10k-database.html.");

    public static readonly DatasetSpec LiveC = new(
        DatasetKind.LiveC, "LIVE-in-the-Wild", 0, 100, HigherIsBetter: true, GroupKey.Item, 1162, HasOfficialSplit: false,
        "Request the LIVE In the Wild Image Quality Challenge Database from live.ece.utexas.edu; the root holds Data/ and Images/.");

    public static readonly DatasetSpec Konvid1k = new(
        DatasetKind.Konvid1k, "KoNViD-1k", 1, 5, HigherIsBetter: true, GroupKey.Video, 1200, HasOfficialSplit: false,
        "Download KoNViD-1k (KoNViD_1k_videos.zip and KoNViD_1k_metadata.zip) from database.mmsp-kn.de/konvid-1k-database.html.");

    public static IReadOnlyList<DatasetSpec> All { get; } = [Tid2013, Kadid10k, Koniq10k, LiveC, Konvid1k];

    public static DatasetSpec Get(DatasetKind kind) => All.Single(s => s.Kind == kind);
}
