using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// The Rehearsal tier's one override of the Paper profile: caps on how long each training runs and how often work is
/// repeated, so that every Full code path runs to its end on 2 CPU cores within minutes. Each cap is a ceiling
/// (<c>Math.Min</c> with the paper's value), never a raise. Everything else stays the Paper profile's: the backbones and
/// their input sizes (227, 338→299, shorter side 384, whole images for MultiGAP), optimisers, learning rates and their
/// schedules, momentum and weight decay, heads, patience, the authors' validation rule, pooling, every frame, the SVR,
/// the LSTM's widths on 2,048-d sequences, stage 2's network. Results record the profile as
/// "<see cref="ReplicationProfile.Name"/>+rehearsal", and the caps are part of every run-store key (the configuration).
/// </summary>
public sealed record RehearsalCaps
{
    /// <summary>Splits per variant (the Full tier's five; DeepRN trains once either way).</summary>
    public int Splits { get; init; } = 1;

    /// <summary>Epochs of every fine-tuning (DeepBIQ's clean run: its 500-epoch bound; CNN-SVR, end-to-end, MultiGAP: 10).</summary>
    public int Epochs { get; init; } = 1;

    /// <summary>
    /// Epochs of DeepBIQ's clean fine-tuning: two, so its per-epoch validation and best-checkpoint selection compare
    /// twice (AlexNet at 227 px is the cheapest backbone).
    /// </summary>
    public int DeepBiqEpochs { get; init; } = 2;

    /// <summary>Iterations of DeepBIQ's leaky fine-tuning (4,900 in the paper).</summary>
    public int LeakyIterations { get; init; } = 2;

    /// <summary>Random crops averaged per image for DeepBIQ's features (30 in the paper): more than one, so the average runs.</summary>
    public int FeatureCrops { get; init; } = 2;

    /// <summary>Random crops per image and epoch of MultiGAP's fine-tuning (20 in the paper).</summary>
    public int CropsPerImage { get; init; } = 2;

    /// <summary>
    /// Frames per mini-batch of the frame classifier (64 in main_ft.m). The rehearsal's fine-tuning epoch has a handful of
    /// frames, fewer than one paper batch, so the authors' rule — validate every twentieth of an epoch, at least once per
    /// batch — would never validate; batches of 4 let the rule (and the peak test accuracy it records) run inside the
    /// capped epoch. The end-to-end network keeps its own batch of 32 (it validates at each epoch's end).
    /// </summary>
    public int FrameBatch { get; init; } = 4;

    /// <summary>Epochs of the CNN-LSTM (10 in trainlstm.m).</summary>
    public int LstmEpochs { get; init; } = 2;

    /// <summary>DeepRN's stage-1 epochs (150), with a saved model and a learning-rate step after each (every 10 and 50).</summary>
    public int DeepRnEpochs { get; init; } = 1;

    /// <summary>Epochs of DeepRN's stage-2 network on each saved model (60).</summary>
    public int Stage2Epochs { get; init; } = 3;

    /// <summary>The Paper profile with these caps applied; nothing but the fields named here changes.</summary>
    public ReplicationProfile Apply(ReplicationProfile paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var deepRn = paper.DeepRn.FineTuning;
        var deepRnEpochs = Math.Min(deepRn.Epochs, DeepRnEpochs);
        return paper with
        {
            Name = paper.Name + "+rehearsal",
            DeepBiq = paper.DeepBiq with
            {
                LeakyIterations = Math.Min(paper.DeepBiq.LeakyIterations, LeakyIterations),
                FeatureCrops = Math.Min(paper.DeepBiq.FeatureCrops, FeatureCrops),
                FineTuning = paper.DeepBiq.FineTuning with { Epochs = Math.Min(paper.DeepBiq.FineTuning.Epochs, DeepBiqEpochs) },
            },
            CnnSvr = paper.CnnSvr with
            {
                Lstm = paper.CnnSvr.Lstm with { Epochs = Math.Min(paper.CnnSvr.Lstm.Epochs, LstmEpochs) },
                FineTuning = paper.CnnSvr.FineTuning with
                {
                    Epochs = Math.Min(paper.CnnSvr.FineTuning.Epochs, Epochs),
                    BatchSize = Math.Min(paper.CnnSvr.FineTuning.BatchSize, FrameBatch),
                },
            },
            EndToEnd = paper.EndToEnd with
            {
                FineTuning = paper.EndToEnd.FineTuning with { Epochs = Math.Min(paper.EndToEnd.FineTuning.Epochs, Epochs) },
            },
            MultiGap = paper.MultiGap with
            {
                CropsPerImage = Math.Min(paper.MultiGap.CropsPerImage, CropsPerImage),
                FineTuning = paper.MultiGap.FineTuning with { Epochs = Math.Min(paper.MultiGap.FineTuning.Epochs, Epochs) },
            },
            DeepRn = paper.DeepRn with
            {
                Stage2 = paper.DeepRn.Stage2 with { Epochs = Math.Min(paper.DeepRn.Stage2.Epochs, Stage2Epochs) },
                FineTuning = deepRn with
                {
                    Epochs = deepRnEpochs,
                    SnapshotEveryEpochs = Math.Min(deepRn.SnapshotEveryEpochs ?? deepRnEpochs, deepRnEpochs),
                    Schedule = deepRn.Schedule with { StepEpochs = Math.Min(deepRn.Schedule.StepEpochs, deepRnEpochs) },
                },
            },
        };
    }
}
