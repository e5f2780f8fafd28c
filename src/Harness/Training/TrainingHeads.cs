using TorchSharp;
using TorchSharp.Modules;

namespace LeakSpec.Training;

/// <summary>The new layers put on top of a backbone's pooled feature.</summary>
public static class TrainingHeads
{
    /// <summary>Dropout of the end-to-end head (paper §"Case III": 0.25).</summary>
    public const double EndToEndDropout = 0.25;

    public static Sequential Create(HeadKind kind, int featureDim, int classes) => kind switch
    {
        HeadKind.Classification => torch.nn.Sequential(("fc", torch.nn.Linear(featureDim, classes))),
        HeadKind.Regression => torch.nn.Sequential(("fc", torch.nn.Linear(featureDim, 1))),
        // Dropout after each hidden ReLU: the paper names the widths, activation and rate, not the placement.
        HeadKind.EndToEnd => torch.nn.Sequential(
            ("fc1", torch.nn.Linear(featureDim, 1024)), ("relu1", torch.nn.ReLU()), ("drop1", torch.nn.Dropout(EndToEndDropout)),
            ("fc2", torch.nn.Linear(1024, 512)), ("relu2", torch.nn.ReLU()), ("drop2", torch.nn.Dropout(EndToEndDropout)),
            ("fc3", torch.nn.Linear(512, 32)), ("relu3", torch.nn.ReLU()), ("drop3", torch.nn.Dropout(EndToEndDropout)),
            ("fc4", torch.nn.Linear(32, 1))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown head kind."),
    };
}
