using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// Builds the manifest of one pipeline run. Clean and leaky runs of one seed start from the same split and differ only
/// in the stage lists the leak changes:
/// <list type="bullet">
/// <item>Images (TID2013, KADID-10k, KonIQ-10k, LIVE): a 60/20/20 split (by policy) drives fine-tuning and the regressor
/// (finetune.train = regressor.train, finetune.val = regressor.val). Case I: finetune.train = all items, no finetune.val.
/// Case IV: the split is made by image instead of by reference.</item>
/// <item>Videos (KoNViD-1k): 20 % of the videos put away as the test set, the rest split 3:1 by video; fine-tuning uses
/// 20 % of the frames of each train/val video (frame ids <c>&lt;video&gt;#0042</c>), the regressor uses videos.
/// Case II: the frames of all train/val videos pooled and split 2/3 : 1/3 by frame. Case III: regressor.train/val/test
/// drawn anew at random from all videos (heldout.test keeps the put-away set). Case I: fine-tuning on the frames of all videos.</item>
/// <item>Policy authors: the authors' recorded split replaces the drawn one (KADID-10k's references, KoNViD-1k's videos;
/// see <see cref="AuthorsSplitResolver"/>); the leaks then apply to it exactly as to a drawn split. KADID-10k's leaky
/// random image split is not recorded, so it cannot be built from this policy.</item>
/// </list>
/// </summary>
public static class ManifestBuilder
{
    public static SplitManifest Build(Dataset dataset, SplitPolicy policy, Leak leak, int seed, ManifestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var o = options ?? ManifestOptions.Paper;
        var spec = DatasetCatalog.Get(dataset.Kind);
        if (policy == SplitPolicy.ByFrame)
        {
            leak |= Leak.CaseII;
        }

        var items = dataset.Items.OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var stages = spec.GroupKey == GroupKey.Video
            ? VideoStages(dataset, items, spec, policy, leak, seed, o)
            : ImageStages(dataset, items, spec, policy, leak, seed, o);
        var name = PolicyName(policy) + string.Concat(LeakFlags(leak).Select(l => "+leak:" + l));
        if (NameDerivedDatasets.IsNameDerived(dataset))
        {
            name = "name-derived:" + name;
        }

        return new SplitManifest(dataset.Kind, dataset.Fingerprint, name, seed, spec.GroupKey, stages);
    }

    /// <summary>The five fixed splits (<see cref="PaperSeeds.Five"/>) of one dataset, policy and leak.</summary>
    public static IReadOnlyList<SplitManifest> BuildFive(Dataset dataset, SplitPolicy policy, Leak leak, ManifestOptions? options = null) =>
        [.. PaperSeeds.Five.Select(s => Build(dataset, policy, leak, s, options))];

    public static string PolicyName(SplitPolicy policy) => policy switch
    {
        SplitPolicy.Random => "random",
        SplitPolicy.ByReference => "by-reference",
        SplitPolicy.ByVideo => "by-video",
        SplitPolicy.ByFrame => "by-frame",
        SplitPolicy.Official => "official",
        SplitPolicy.Authors => AuthorsSplits.PolicyName,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };

    public static SplitPolicy ParsePolicy(string name) =>
        Enum.GetValues<SplitPolicy>().Cast<SplitPolicy?>().FirstOrDefault(p => PolicyName(p!.Value) == name.Trim().ToLowerInvariant())
        ?? throw new ArgumentException($"Unknown policy '{name}'; expected random, by-reference, by-video, by-frame, official or authors.", nameof(name));

    public static IEnumerable<Leak> LeakFlags(Leak leak) =>
        new[] { Leak.CaseI, Leak.CaseII, Leak.CaseIII, Leak.CaseIV }.Where(l => leak.HasFlag(l));

    private static Dictionary<string, IReadOnlyList<string>> ImageStages(Dataset dataset, DatasetItem[] items, DatasetSpec spec, SplitPolicy policy, Leak leak, int seed, ManifestOptions o)
    {
        if ((leak & (Leak.CaseII | Leak.CaseIII)) != 0)
        {
            throw new ArgumentException($"Cases II and III concern video frames; {spec.DisplayName} has no frames.", nameof(leak));
        }

        var ids = items.Select(i => i.Id).ToArray();
        var groups = items.Select(i => i.Group).ToArray();
        ThreeWaySplit split = policy switch
        {
            SplitPolicy.Official when !spec.HasOfficialSplit =>
                throw new ArgumentException($"{spec.DisplayName} has no official split; use random or by-reference.", nameof(policy)),
            SplitPolicy.Official when leak.HasFlag(Leak.CaseIV) =>
                throw new ArgumentException("Case IV (split by image) does not apply to the official split.", nameof(leak)),
            SplitPolicy.Official => new OfficialSplit().Split(items.Select(i => i.OfficialSplit).ToArray(), ids),
            SplitPolicy.Authors when dataset.Kind != DatasetKind.Kadid10k =>
                throw new ArgumentException($"The authors' splits cover KADID-10k and KoNViD-1k only, not {spec.DisplayName}.", nameof(policy)),
            SplitPolicy.Authors when leak.HasFlag(Leak.CaseIV) =>
                throw new ArgumentException("The authors' files do not record their leaky KADID-10k split (a random image permutation, randperm(10125)); draw it from the seed with policy by-reference and leak Case IV.", nameof(leak)),
            SplitPolicy.Authors => AuthorsSplitResolver.Kadid(o.Authors ?? AuthorsSplits.Embedded, items, dataset.Root, seed, o),
            SplitPolicy.ByReference when spec.GroupKey != GroupKey.Reference =>
                throw new ArgumentException($"{spec.DisplayName} has no reference images; use random.", nameof(policy)),
            // Case IV's leak: the reference-grouped dataset split by image, so one reference's versions are on both sides.
            SplitPolicy.ByReference or SplitPolicy.Random when leak.HasFlag(Leak.CaseIV) =>
                new RandomThreeWaySplit(o.TrainFraction, o.ValFraction, seed).Split(groups.Length),
            SplitPolicy.ByReference => new GroupThreeWaySplit(o.TrainFraction, o.ValFraction, seed).Split(groups),
            SplitPolicy.Random => new RandomThreeWaySplit(o.TrainFraction, o.ValFraction, seed).Split(groups.Length),
            _ => throw new ArgumentException($"Policy {PolicyName(policy)} is for videos; {spec.DisplayName} is an image dataset.", nameof(policy)),
        };

        var stages = new Dictionary<string, IReadOnlyList<string>>
        {
            // Case I's leak: fine-tuning on every item, the regressor's test items included.
            [Stages.FinetuneTrain] = Pick(ids, leak.HasFlag(Leak.CaseI) ? [.. Enumerable.Range(0, ids.Length)] : split.Train),
            [Stages.RegressorTrain] = Pick(ids, split.Train),
            [Stages.RegressorVal] = Pick(ids, split.Val),
            [Stages.RegressorTest] = Pick(ids, split.Test),
        };
        if (!leak.HasFlag(Leak.CaseI))
        {
            stages[Stages.FinetuneVal] = Pick(ids, split.Val);
        }

        return stages;
    }

    private static Dictionary<string, IReadOnlyList<string>> VideoStages(Dataset dataset, DatasetItem[] items, DatasetSpec spec, SplitPolicy policy, Leak leak, int seed, ManifestOptions o)
    {
        if (policy is not (SplitPolicy.ByVideo or SplitPolicy.ByFrame or SplitPolicy.Random or SplitPolicy.Authors))
        {
            throw new ArgumentException($"{spec.DisplayName} is split by video (policy by-video, by-frame or authors), not {PolicyName(policy)}.", nameof(policy));
        }

        if (leak.HasFlag(Leak.CaseIV))
        {
            throw new ArgumentException("Case IV concerns reference images; videos have none.", nameof(leak));
        }

        var ids = items.Select(i => i.Id).ToArray();
        var groups = items.Select(i => i.Group).ToArray();
        // With the authors' split, the leaky frame split (Case II) pools the frames of their train and validation
        // videos and the tainted test (Case III) keeps their test videos as heldout.test, as the paper describes.
        var put = policy == SplitPolicy.Authors
            ? AuthorsSplitResolver.Konvid(o.Authors ?? AuthorsSplits.Embedded, items, dataset.Root, seed)
            : new GroupThreeWaySplit(o.TrainFraction, o.ValFraction, seed).Split(groups);

        // Frames are drawn for every video from one sub-seed, so clean and leaky runs fine-tune on the same frames.
        var counts = items.Select(i => o.FrameCount?.Invoke(i) ?? ManifestOptions.NominalFrameCount).ToArray();
        var frames = new FrameSubsample(o.FrameFraction, SplitMath.Derive(seed, "frames")).Select(counts);
        string[] FramesOf(IEnumerable<int> videos) => [.. videos.SelectMany(v => frames[v].Select(f => FrameIds.Of(ids[v], f)))];

        var stages = new Dictionary<string, IReadOnlyList<string>>();
        if (leak.HasFlag(Leak.CaseI))
        {
            stages[Stages.FinetuneTrain] = FramesOf(Enumerable.Range(0, ids.Length));
        }
        else if (leak.HasFlag(Leak.CaseII))
        {
            var pooledVideos = put.TrainAndVal();
            var pool = FramesOf(pooledVideos);
            // Case II's leak: the pooled frames split at random by frame (the authors' 2/3 : 1/3), so frames of one
            // video land in both fine-tuning train and validation.
            var frameSplit = new RandomThreeWaySplit(o.LeakyFrameTrainFraction, 1 - o.LeakyFrameTrainFraction, SplitMath.Derive(seed, "frame-split"))
                .Split(pool.Length);
            stages[Stages.FinetuneTrain] = Pick(pool, frameSplit.Train);
            stages[Stages.FinetuneVal] = Pick(pool, frameSplit.Val);
        }
        else
        {
            stages[Stages.FinetuneTrain] = FramesOf(put.Train);
            stages[Stages.FinetuneVal] = FramesOf(put.Val);
        }

        var regressor = put;
        if (leak.HasFlag(Leak.CaseIII))
        {
            // Case III's leak: the regressor's sets drawn anew at random from all videos, without regard to fine-tuning.
            regressor = new RandomThreeWaySplit(o.TrainFraction, o.ValFraction, SplitMath.Derive(seed, "tainted")).Split(ids.Length);
            stages[Stages.HeldOutTest] = Pick(ids, put.Test);
        }

        stages[Stages.RegressorTrain] = Pick(ids, regressor.Train);
        stages[Stages.RegressorVal] = Pick(ids, regressor.Val);
        stages[Stages.RegressorTest] = Pick(ids, regressor.Test);
        return stages;
    }

    private static string[] Pick(string[] ids, int[] indices) => [.. indices.Select(i => ids[i])];
}
