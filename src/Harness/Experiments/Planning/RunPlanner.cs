using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Planning;

/// <summary>One network step of one variant, over all its splits, in seconds.</summary>
public sealed record PlanRow(
    string Case, string Variant, string Step, string Backbone, int Splits, long TrainSamples, long EvalSamples, long Reads, double DeviceSeconds, double HostSeconds)
{
    /// <summary>The loader decodes while the device trains: a step takes the longer of the two.</summary>
    public double Seconds => Math.Max(DeviceSeconds, HostSeconds);

    /// <summary>The step's time when early stopping ends it at its first chance.</summary>
    public double FewestSeconds { get; init; }
}

/// <summary>A case's estimate: its rows, the first decode of its datasets, disk and host memory at the peak.</summary>
public sealed record CasePlan(string Case, IReadOnlyList<PlanRow> Rows, double DecodeSeconds, double DiskBytes, double MemoryBytes)
{
    public double Hours => (Rows.Sum(r => r.Seconds) + DecodeSeconds) / 3600;

    /// <summary>The hours when every early-stopping run stops at its first chance: the lower end of the range.</summary>
    public double FewestHours => (Rows.Sum(r => r.FewestSeconds) + DecodeSeconds) / 3600;

    /// <summary>The device's share: hours it computes (the rest it waits on the host or idles).</summary>
    public double DeviceHours => Rows.Sum(r => r.DeviceSeconds) / 3600;
}

/// <summary>
/// Turns each requested case's variants into a <see cref="CasePlan"/>: the split-1 manifest of every variant (as a run
/// draws it), the runner's <see cref="CaseRunnerBase.Work"/> on it, and the <see cref="Calibration"/>'s costs. Splits
/// are alike in size, so one manifest per variant stands for all of them.
/// </summary>
public static class RunPlanner
{
    /// <param name="scale">Items of the release per item of the data at hand, per dataset (the data-path bench plans on a sample); null: 1.</param>
    public static IReadOnlyList<CasePlan> Plan(IEnumerable<ICaseRunner> runners, int splits, int seed, Calibration calibration, int workers, Func<DatasetKind, double>? scale = null)
    {
        var decoded = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<CasePlan>();
        foreach (var runner in runners.Cast<CaseRunnerBase>())
        {
            var rows = new List<PlanRow>();
            double decode = 0, disk = 0, memory = 0;
            var n = runner.SplitsFor(splits);
            foreach (var variant in runner.Variants)
            {
                var (kind, manifest) = runner.Manifest(variant, CaseRunnerBase.SplitSeed(seed, 1));
                var media = runner.Media(kind);
                if (decoded.Add(media.Dataset.Root))
                {
                    var (d, bytes) = FirstDecode(media, calibration);
                    (d, bytes) = (d * (scale?.Invoke(kind) ?? 1), bytes * (scale?.Invoke(kind) ?? 1));
                    decode += d / workers;
                    disk += media.Disk is null ? 0 : bytes;
                    memory = Math.Max(memory, Math.Min(bytes, media.Disk is null ? bytes : media.CacheBudgetBytes));
                }

                foreach (var unscaled in runner.Work(variant, manifest))
                {
                    var w = Scaled(unscaled, scale?.Invoke(unscaled.Dataset) ?? 1);
                    var host = calibration.HostCost(runner.Media(w.Dataset), w.Input);
                    var device = calibration.DeviceCost(w.Backbone, host.Width, host.Height, w.BatchSize);
                    double DeviceSeconds(long train, long eval) => n * ((train * device.Train) + (eval * device.Eval));
                    var hostSeconds = n * w.Reads * host.Prepare / workers;
                    var fewestTrain = w.FewestTrainSamples < 0 ? w.TrainSamples : w.FewestTrainSamples;
                    var fewestEval = w.FewestEvalSamples < 0 ? w.EvalSamples : w.FewestEvalSamples;
                    var fewestShare = w.Reads == 0 ? 1 : (double)(fewestTrain + fewestEval) / Math.Max(1, w.TrainSamples + w.EvalSamples);
                    rows.Add(new PlanRow(
                        runner.CaseId, variant, w.Step, w.Backbone.DisplayName, n, w.TrainSamples * n, w.EvalSamples * n, w.Reads * n,
                        DeviceSeconds(w.TrainSamples, w.EvalSamples), hostSeconds)
                    {
                        FewestSeconds = Math.Max(DeviceSeconds(fewestTrain, fewestEval), hostSeconds * fewestShare),
                    });

                    // Features stay on disk (one pack per network, float32) and, for a run, in memory as double rows.
                    if (w.Step == "features")
                    {
                        var featureBytes = (double)w.Reads * device.FeatureDim;
                        disk += featureBytes * sizeof(float) * n;
                        memory = Math.Max(memory, featureBytes * sizeof(double));
                    }

                    // DeepRN's saved models (float32 weights) live in a temporary folder during a run.
                    disk += device.Parameters * 4.0 * w.Snapshots;

                    var queued = 2.0 * w.BatchSize * host.Width * host.Height * 3 * 2;
                    memory = Math.Max(memory, queued);
                }
            }

            plans.Add(new CasePlan(runner.CaseId, rows, decode, disk, memory));
        }

        return plans;
    }

    /// <summary>The work on a dataset <paramref name="s"/> times as large: per-item counts grow, a step cap does not.</summary>
    private static StageWork Scaled(StageWork w, double s)
    {
        if (s == 1)
        {
            return w;
        }

        long Train(long samples) => Math.Min((long)(samples * s), w.TrainCap ?? long.MaxValue);
        var train = Train(w.TrainSamples);
        var eval = (long)(w.EvalSamples * s);
        return w with
        {
            TrainSamples = train, EvalSamples = eval, Reads = train + (long)((w.Reads - w.TrainSamples) * s),
            FewestTrainSamples = w.FewestTrainSamples < 0 ? -1 : Train(w.FewestTrainSamples),
            FewestEvalSamples = w.FewestEvalSamples < 0 ? -1 : (long)(w.FewestEvalSamples * s),
        };
    }

    /// <summary>Seconds (one core) and decoded bytes of reading every item of the dataset once.</summary>
    private static (double Seconds, double Bytes) FirstDecode(MediaStore media, Calibration calibration)
    {
        var host = calibration.HostCost(media, new InputConfig());
        var items = media.Dataset.Kind == DatasetKind.Konvid1k
            ? media.Dataset.Items.Sum(v => (double)media.FrameCount(v))
            : media.Dataset.Items.Count;
        return (items * host.Decode, items * host.Width * host.Height * 3);
    }
}
