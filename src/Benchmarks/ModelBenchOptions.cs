namespace LeakSpec.Benchmarks;

/// <summary>What <see cref="ModelBench"/> measures; the defaults are the task's targets (batch 32, 112 and 224 px, 1,000 images).</summary>
public sealed record ModelBenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [112, 224];

    public int Batch { get; init; } = 32;

    /// <summary>Timed training steps per measurement (after <see cref="WarmupSteps"/> untimed ones).</summary>
    public int Steps { get; init; } = 3;

    public int WarmupSteps { get; init; } = 1;

    /// <summary>Images pushed through feature extraction for the peak-memory measurement (at 112 px).</summary>
    public int MemoryImages { get; init; } = 1000;

    /// <summary>The PyTorch script (fixtures/models/bench_resnet18.py); null skips the PyTorch comparison.</summary>
    public string? PyTorchScript { get; init; }

    public string Python { get; init; } = "/usr/bin/python3";

    public int Seed { get; init; } = 1;

    /// <summary>libtorch intra-op threads for both frameworks; null keeps TorchSharp's default (one per core).</summary>
    public int? Threads { get; init; }
}
