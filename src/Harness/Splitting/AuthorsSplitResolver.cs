using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// Turns the authors' split of one seed into indices over a loaded dataset's items. Every name of the split must be in
/// the dataset and every item of the dataset in the split: a missing or extra item is a different dataset, and a
/// silently smaller split would not be the authors'.
/// </summary>
internal static class AuthorsSplitResolver
{
    /// <summary>
    /// KADID-10k: test = the authors' 16 test references. The authors' files have no validation set (their regressor
    /// trains on all 65 train references), so validation references are drawn from the train references by seed, as
    /// many as the by-reference policy puts in validation (16 of 81): fine-tuning validates on them and the regressor,
    /// which trains on train ∪ validation, still sees exactly the authors' 65.
    /// </summary>
    public static ThreeWaySplit Kadid(AuthorsSplits authors, IReadOnlyList<DatasetItem> items, string datasetRoot, int seed, ManifestOptions o)
    {
        var (trainRefs, testRefs) = authors.KadidReferences(seed);
        var field = $"kadid10k_by_reference.{seed}";
        var train = Groups(trainRefs);
        var test = Groups(testRefs);
        var present = items.Select(i => i.Group.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        RequireAll(authors, $"{field}.train_refs", trainRefs, train, present, datasetRoot, "reference");
        RequireAll(authors, $"{field}.test_refs", testRefs, test, present, datasetRoot, "reference");
        var placed = train.Concat(test).ToHashSet(StringComparer.Ordinal);
        var stray = items.FirstOrDefault(i => !placed.Contains(i.Group.ToUpperInvariant()));
        if (stray is not null)
        {
            throw new ManifestException(authors.Source, field,
                $"the dataset at {datasetRoot} has item {stray.Id} of reference {stray.Group}, which the authors' split of seed {seed} does not place; it is not the KADID-10k release the authors used.");
        }

        var trainGroups = train.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var nVal = SplitMath.Counts(placed.Count, o.TrainFraction, o.ValFraction).Val;
        if (nVal >= trainGroups.Length)
        {
            throw new ArgumentException($"A validation share of {o.ValFraction} leaves no KADID-10k train reference of the authors' seed {seed}.", nameof(o));
        }

        var perm = SplitMath.Permutation(trainGroups.Length, new Random(SplitMath.Derive(seed, "authors-val")));
        var val = perm.Take(nVal).Select(k => trainGroups[k]).ToHashSet(StringComparer.Ordinal);
        var testSet = test.ToHashSet(StringComparer.Ordinal);
        return SplitMath.FromLabels([.. items.Select(i => i.Group.ToUpperInvariant()).Select(g => testSet.Contains(g) ? 2 : val.Contains(g) ? 1 : 0)]);
    }

    /// <summary>KoNViD-1k: the authors' train, validation and test videos as they are.</summary>
    public static ThreeWaySplit Konvid(AuthorsSplits authors, IReadOnlyList<DatasetItem> items, string datasetRoot, int seed)
    {
        var (train, val, test) = authors.KonvidVideos(seed);
        var field = $"konvid1k_by_video.{seed}";
        var present = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        RequireAll(authors, $"{field}.train", train, train, present, datasetRoot, "video");
        RequireAll(authors, $"{field}.val", val, val, present, datasetRoot, "video");
        RequireAll(authors, $"{field}.test", test, test, present, datasetRoot, "video");
        var label = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (ids, l) in new[] { (train, 0), (val, 1), (test, 2) })
        {
            foreach (var id in ids)
            {
                if (!label.TryAdd(id, l) && label[id] != l)
                {
                    throw new ManifestException(authors.Source, field, $"video {id} is in two of train, val and test.");
                }
            }
        }

        var stray = items.FirstOrDefault(i => !label.ContainsKey(i.Id));
        if (stray is not null)
        {
            throw new ManifestException(authors.Source, field,
                $"the dataset at {datasetRoot} has video {stray.Id}, which the authors' split of seed {seed} does not place; it is not the KoNViD-1k release the authors used.");
        }

        return SplitMath.FromLabels([.. items.Select(i => label[i.Id])]);
    }

    // "I02.png" in the authors' files; the loader's group is the upper-cased name without extension ("I02").
    private static string[] Groups(IEnumerable<string> references) =>
        [.. references.Select(r => Path.GetFileNameWithoutExtension(r).ToUpperInvariant())];

    private static void RequireAll(
        AuthorsSplits authors, string field, IReadOnlyList<string> names, IReadOnlyList<string> keys, HashSet<string> present, string datasetRoot, string what)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (!present.Contains(keys[i]))
            {
                throw new ManifestException(authors.Source, $"{field}[{i}]",
                    $"{what} {names[i]} of the authors' split is not in the dataset at {datasetRoot}; the authors' splits need the complete release (every item they place).");
            }
        }
    }
}
