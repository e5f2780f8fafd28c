using System.Diagnostics;
using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Benchmarks;

/// <summary>One pass of one case's input pipeline over the sample.</summary>
/// <param name="Pass">"first decode" (into the pixel store), "fine-tune epoch" or "features".</param>
/// <param name="Items">Images or frames that came out of the pipeline.</param>
/// <param name="CpuSeconds">Process CPU time, all threads; for the first decode the wall time on every core (ffmpeg's own CPU is not the process's).</param>
/// <param name="DecodesPerVideo">The most times any one video was decoded by the end of this pass (videos only; 0 for images).</param>
/// <param name="Width">Prepared input width.</param>
/// <param name="Height">Prepared input height.</param>
public sealed record DataPathPass(string Case, string Pass, long Items, double WallSeconds, double CpuSeconds, int DecodesPerVideo, int Width, int Height)
{
    public double ItemsPerCoreSecond => CpuSeconds > 0 ? Items / CpuSeconds : double.PositiveInfinity;
}

/// <summary>
/// `leakspec bench datapath`: each case's real input path (the Paper profile's manifests, media store, loader and input
/// preparation) over a dataset sample at release resolution, with the network replaced by nothing: each batch is
/// packed as a GPU batch is (<see cref="InputPipeline.PackBytes"/>) and dropped. A dataset whose release would not fit
/// the memory budget goes through the on-disk pixel store, as in a real run. The "before" mode (<c>store: false</c>)
/// is the data path without the store, as it was: a frame read decodes its whole video again.
/// </summary>
public static class DataPathBench
{
    /// <summary>The case, its dataset and the variant whose fine-tuning the bench runs (the clean one).</summary>
    public static IReadOnlyList<(string Case, DatasetKind Dataset, string Variant)> Cases { get; } =
    [
        ("1", DatasetKind.LiveC, Case1Runner.LiveClean),
        ("2/3", DatasetKind.Konvid1k, "cnn-svr." + Case3Runner.Clean),
        ("4", DatasetKind.Kadid10k, Case4Runner.FtGrouped),
        ("deeprn", DatasetKind.Koniq10k, DeepRnRunner.Clean),
    ];

    public static IReadOnlyList<DataPathPass> Run(ReplicationContext ctx, ReplicationProfile profile, string caseId, bool store, int maxItems = int.MaxValue)
    {
        var (_, kind, variant) = Cases.Single(c => c.Case == caseId);
        var runnerId = caseId == "2/3" ? "3" : caseId;
        // The store where the release would not fit the memory budget (KoNViD-1k, KADID-10k, KonIQ-10k), memory where it
        // would (LIVE-in-the-Wild's 0.9 GB, TID2013's 1.8 GB): the rule a real run applies, at the release's count.
        var sample = DatasetLoader.Load(kind, ctx.RootFor(kind), new LoadOptions(AllowSubset: true));
        var releaseExceeds = MediaStore.Exceeds(sample, kind == DatasetKind.Konvid1k ? profile.FramesFor(runnerId) : null, ctx.MediaBudgetBytes, DataPathReport.ReleaseCounts[kind]);
        var runner = (CaseRunnerBase)CaseRegistry.Create(ctx with { MediaBudgetBytes = store && releaseExceeds ? 0 : ctx.MediaBudgetBytes, Media = new SharedMedia() }, profile).Single(r => r.CaseId == runnerId);

        // The runner's store decodes every video on first use (its prefetch): the first-decode pass starts here.
        var clock = Stopwatch.StartNew();
        var media = store ? runner.Media(kind) : new MediaStore(runner.Media(kind).Dataset, kind == DatasetKind.Konvid1k ? profile.FramesFor(runnerId) : null, cacheBudgetBytes: 0);
        var (_, manifest) = runner.Manifest(variant, CaseRunnerBase.SplitSeed(1, 1));
        var work = runner.Work(variant, manifest);
        var tune = work.First(w => w.TrainSamples > 0 || w.Step == "trunk features");
        var forward = work.Last(w => w.TrainSamples == 0);
        var passes = new List<DataPathPass>();
        if (store)
        {
            if (kind == DatasetKind.Konvid1k)
            {
                media.PrefetchVideos(BatchLoader.DefaultWorkers);
            }
            else
            {
                Parallel.ForEach(media.Dataset.Items, new ParallelOptions { MaxDegreeOfParallelism = BatchLoader.DefaultWorkers }, i => media.Image(i.Id));
            }

            var items = kind == DatasetKind.Konvid1k ? media.Dataset.Items.Sum(v => (long)media.FrameCount(v)) : media.Dataset.Items.Count;
            passes.Add(new("", "first decode", items, clock.Elapsed.TotalSeconds, clock.Elapsed.TotalSeconds * Environment.ProcessorCount, MaxDecodes(media), 0, 0));
        }

        var trainIds = manifest.Stage(Stages.FinetuneTrain).Take(maxItems).ToArray();
        passes.Add(Pass(media, "fine-tune epoch", [.. Stagework.Labeled(media, trainIds)], tune.Input, tune.BatchSize, shuffleSeed: 1));
        var featureIds = new[] { Stages.RegressorTrain, Stages.RegressorVal, Stages.RegressorTest }.SelectMany(manifest.Stage).Distinct(StringComparer.Ordinal);
        var featureItems = (kind == DatasetKind.Konvid1k
            ? featureIds.SelectMany(v => Enumerable.Range(0, media.FrameCount(media.Item(v))).Select(f => FrameIds.Of(v, f)))
            : featureIds).Take(maxItems).ToArray();
        // DeepBIQ's features average 30 random crops of each image: one read, thirty forward samples.
        var views = (int)Math.Max(1, forward.EvalSamples / Math.Max(1, forward.Reads));
        var featureInput = views > 1 ? forward.Input : InputConfig.CentreView(forward.Input.ResizeShorterTo, forward.Input.CropSize);
        passes.Add(Pass(media, "features", [.. Stagework.Labeled(media, featureItems)], featureInput, forward.BatchSize, shuffleSeed: null, views));
        return [.. passes.Select(p => p with { Case = caseId })];
    }

    /// <summary>Every item through the loader, prepared and made into a batch tensor, in the epoch's order.</summary>
    private static DataPathPass Pass(MediaStore media, string name, IReadOnlyList<LabeledImage> items, InputConfig input, int batchSize, int? shuffleSeed, int views = 1)
    {
        // Enough epochs for a thousand items, so a small sample's pass is not its start-up.
        var epochs = Math.Clamp((1000 + items.Count - 1) / Math.Max(1, items.Count), 1, 20);
        var rng = new Random(shuffleSeed ?? 0);
        var batches = new List<int[]>();
        for (var e = 0; e < epochs; e++)
        {
            var order = Enumerable.Range(0, items.Count).ToArray();
            if (shuffleSeed is not null)
            {
                rng.Shuffle(order);
            }

            batches.AddRange(order.Chunk(batchSize));
        }


        // One untimed batch first: JIT compilation and the loader's threads are not the pipeline's steady cost.
        using (var warm = new BatchLoader(items, batches[..1], BatchLoader.DefaultWorkers, depth: 1, CancellationToken.None))
        {
            _ = InputPipeline.PackBytes([.. warm.Take(batches[0]).Select(i => InputPipeline.Prepare(i, input, new Random(0)))]);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (width, height) = (0, 0);
        using (var loader = new BatchLoader(items, batches, BatchLoader.DefaultWorkers, depth: 2, CancellationToken.None))
        {
            foreach (var batch in batches)
            {
                var prepared = loader.Take(batch).SelectMany(i => Enumerable.Range(0, views).Select(_ => InputPipeline.Prepare(i, input, rng))).ToArray();
                (width, height) = (prepared[0].Width, prepared[0].Height);
                // What the host does for a GPU batch (InputPipeline.ToTensor on CUDA): pack the bytes; the device converts them.
                foreach (var chunk in prepared.Chunk(batchSize))
                {
                    _ = InputPipeline.PackBytes(chunk);
                }
            }
        }

        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new DataPathPass(string.Empty, name, batches.Sum(b => (long)b.Length) * views, clock.Elapsed.TotalSeconds, used, MaxDecodes(media), width, height);
    }

    /// <summary>Starts the peak-memory reading anew (Linux: /proc/self/clear_refs).</summary>
    public static void ResetPeak() => BenchSupport.ResetPeak();

    /// <summary>The process's peak resident memory since <see cref="ResetPeak"/>, in bytes (−1 where unavailable).</summary>
    public static long PeakRssBytes() => BenchSupport.ProcStatus("VmHWM");

    private static int MaxDecodes(MediaStore media) => media.Decodes.Count == 0 ? 0 : media.Decodes.Values.Max();
}
