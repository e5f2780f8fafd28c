namespace LeakSpec.Experiments.Pipelines;

/// <summary>Which network a pipeline fine-tunes and extracts features from.</summary>
public enum BackboneKind
{
    /// <summary>The Fast tier's small CNN, randomly initialised from the run's seed.</summary>
    SmallCnn,

    /// <summary>The embedded ImageNet ResNet18 (ONNX import from Microsoft.ML.DnnImageFeaturizer.ResNet18).</summary>
    EmbeddedResNet18,

    /// <summary>A paper backbone (AlexNet, Inception-V3, Inception-ResNet-v2, ResNet-101) with weights the user supplies.</summary>
    Paper,
}
