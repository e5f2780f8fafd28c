using LeakSpec.Datasets;

namespace LeakSpec.Splitting.Formats;

/// <summary>
/// Builds manifests from split files in the formats people publish: one file per set (<c>--train/--val/--test</c>)
/// and pyiqa's pickles with their meta file. Every name is matched to an item of the dataset where the items are
/// known (the dataset under <c>--root</c>, TID2013/KADID-10k's naming scheme, pyiqa's meta file).
/// </summary>
public static class ExternalSplits
{
    /// <summary>One manifest from one file per set; <paramref name="sets"/> maps a label (train, val, test) to its file.</summary>
    public static (SplitManifest Manifest, string Source, ItemNames Names) FromSetFiles(
        IReadOnlyList<(string Label, string Path)> sets, DatasetKind? kind, string? root, bool allowSubset)
    {
        var read = sets.Select(s => (s.Label, s.Path, Names: NameListFile.Read(s.Path))).ToList();
        foreach (var s in read.Where(s => s.Names.Count == 0))
        {
            throw new ManifestException(s.Path, "(file)", $"the --{s.Label} file lists no names.");
        }

        var k = kind ?? SplitFileReader.InferKind(read.SelectMany(s => s.Names.Select(n => ItemNames.StripPrefix(n.Name))))
            ?? throw KindNeeded(read[0].Path);
        var names = Known(k, root, allowSubset, null);
        var stages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var s in read)
        {
            var stage = SplitFileReader.StageOf(s.Label, s.Path, "--" + s.Label);
            stages[stage] = [.. stages.GetValueOrDefault(stage, []), .. s.Names.Select(n => names.Resolve(n.Name, s.Path, n.Field))];
        }

        var source = string.Join(", ", read.Select(s => $"{s.Label}={s.Path}"));
        return (Manifest(k, "external:set-files", stages), source, names);
    }

    /// <summary>One manifest per split of a pyiqa pickle, in the order of its split keys.</summary>
    public static (IReadOnlyList<SplitManifest> Manifests, IReadOnlyList<string> Sources, ItemNames Names, int Skipped) FromPyiqaPickle(
        string picklePath, string metaPath, DatasetKind? kind, string? root, bool allowSubset)
    {
        var guess = kind ?? SplitFileReader.InferKind(PyiqaPickleSplits.MetaNames(metaPath, null, out _).Select(ItemNames.StripPrefix))
            ?? throw KindNeeded(metaPath);
        var meta = PyiqaPickleSplits.MetaNames(metaPath, guess, out var skipped);
        var names = Known(guess, root, allowSubset, (meta.Select(ItemNames.StripPrefix), metaPath));
        var manifests = new List<SplitManifest>();
        var sources = new List<string>();
        foreach (var split in PyiqaPickleSplits.Read(picklePath, meta, metaPath, skipped))
        {
            var stages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (label, items) in split.Sets.Where(s => s.Value.Count > 0))
            {
                var stage = SplitFileReader.StageOf(label, picklePath, $"split {split.Key}, '{label}'");
                stages[stage] = [.. stages.GetValueOrDefault(stage, []), .. items.Select(n => names.Resolve(n.Name, picklePath, n.Field))];
            }

            manifests.Add(Manifest(guess, "external:pyiqa-pickle", stages));
            sources.Add($"{picklePath} split {split.Key}");
        }

        return (manifests, sources, names, skipped);
    }

    private static SplitManifest Manifest(DatasetKind kind, string policy, Dictionary<string, IReadOnlyList<string>> stages) =>
        new(kind, string.Empty, policy, 0, DatasetCatalog.Get(kind).GroupKey, stages);

    private static ItemNames Known(DatasetKind kind, string? root, bool allowSubset, (IEnumerable<string> Names, string From)? fallback)
    {
        if (root is not null)
        {
            var ds = DatasetLoader.Load(kind, root, new LoadOptions(AllowSubset: allowSubset, VerifyFiles: false));
            return new ItemNames(kind, ds.Items.Select(i => i.Id), $"the {DatasetCatalog.Get(kind).DisplayName} dataset at {ds.Root}");
        }

        if (fallback is { } f)
        {
            return new ItemNames(kind, f.Names, $"the rows of {f.From}");
        }

        return kind is DatasetKind.Tid2013 or DatasetKind.Kadid10k
            ? new ItemNames(kind, NameDerivedDatasets.For(kind).Items.Select(i => i.Id), $"the {DatasetCatalog.Get(kind).DisplayName} naming scheme")
            : new ItemNames(kind, null, "not checked: pass --root DIR");
    }

    private static ManifestException KindNeeded(string path) => new(
        path, "(names)", "cannot tell the dataset kind from the names (TID2013 i01_01_1.bmp, KADID-10k I01_01_01.png, KoNViD-1k <flickr_id>); pass --kind tid2013|kadid10k|koniq10k|livec|konvid1k.");
}
