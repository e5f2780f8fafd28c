using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>A fine-tuning run's validation set: its size, the body's output for a batch of its indices, and its scores.</summary>
internal sealed record ValidationSource(int Count, Func<int[], Tensor> Forward, double[] Scores);
