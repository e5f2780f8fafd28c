using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// A feature-extracting CNN that can be fine-tuned. Implementations: the embedded ResNet18 (ONNX import),
/// the small CNN of the Fast tier, and the paper's backbones with user-supplied weights.
/// </summary>
public interface IBackbone : IDisposable
{
    /// <summary>A stable name recorded in results and cache keys (e.g. "resnet18-onnx", "small-cnn").</summary>
    string Name { get; }

    /// <summary>Width of the pooled feature (the fc7 / avg_pool role).</summary>
    int FeatureDim { get; }

    /// <summary>Widths of <see cref="StageOutputs"/> after global average pooling, in order.</summary>
    IReadOnlyList<int> StageDims { get; }

    /// <summary>The trainable module (parameters, train/eval, device moves).</summary>
    nn.Module Module { get; }

    /// <summary>Maps N×3×H×W RGB in [0, 1] to the input the network was trained on (mean subtraction, channel order).</summary>
    Tensor Preprocess(Tensor rgb01);

    /// <summary>Preprocessed N×3×H×W → N×FeatureDim pooled features.</summary>
    Tensor Features(Tensor input);

    /// <summary>Preprocessed N×3×H×W → every stage's feature map (N×C×h×w), for multi-level pooling.</summary>
    IReadOnlyList<Tensor> StageOutputs(Tensor input);
}
