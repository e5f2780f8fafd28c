using LeakSpec.Runtime;

namespace LeakSpec.Models;

/// <summary>
/// The paper's backbones, with ImageNet weights the user supplies (no download here): TorchVision's alexnet (for
/// CaffeNet), inception-v3 and resnet-101, and inception-resnet-v2 in timm's names (<see cref="InceptionResNetV2Backbone"/>).
/// </summary>
public static class PaperBackbones
{
    public static IReadOnlyList<string> Names { get; } = ["alexnet", "caffenet", "inception-v3", "inception-resnet-v2", "resnet-101"];

    /// <summary>Builds <paramref name="name"/> and loads <paramref name="weightsPath"/> (a PyTorch state dict or a TorchSharp .dat).</summary>
    /// <exception cref="WeightsNotFoundException">The file is absent; the message says how to make it.</exception>
    public static TorchVisionBackbone Create(string name, string weightsPath, DeviceChoice device)
    {
        if (!File.Exists(weightsPath))
        {
            // Checked before building the architecture: a missing file should fail in milliseconds, not after allocating 170 MB.
            throw new WeightsNotFoundException($"Weights for {name} not found: {weightsPath}. {HowToObtain(name)}", weightsPath);
        }

        TorchRuntime.EnsureLoaded();
        var backbone = CreateArchitecture(name);
        try
        {
            backbone.LoadWeights(weightsPath, HowToObtain(name));
            backbone.PlaceOn(device);
            return backbone;
        }
        catch
        {
            backbone.Dispose();
            throw;
        }
    }

    /// <summary>The architecture with TorchSharp's random initialisation (tests, or training from scratch).</summary>
    public static TorchVisionBackbone CreateArchitecture(string name)
    {
        TorchRuntime.EnsureLoaded();
        return Canonical(name) switch
        {
            "alexnet" => new AlexNetBackbone(),
            "inception-v3" => new InceptionV3Backbone(),
            "inception-resnet-v2" => new InceptionResNetV2Backbone(),
            "resnet-101" => new ResNet101Backbone(),
            _ => throw new ArgumentException($"Unknown backbone '{name}': expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>The weight file's name under the weights folder (LEAKSPEC_WEIGHTS), as scripts/make-weights.py writes it.</summary>
    public static string WeightFileName(string name) => Canonical(name) switch
    {
        "alexnet" => "alexnet.pt",
        "inception-v3" => "inception_v3.pt",
        "inception-resnet-v2" => "inception_resnet_v2.pt",
        "resnet-101" => "resnet101.pt",
        _ => throw new ArgumentException($"Unknown backbone '{name}': expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The command that writes the weight file on a machine with internet access and torchvision ≥ 0.13 (timm for Inception-ResNet-v2).</summary>
    public static string HowToObtain(string name)
    {
        var source = Canonical(name) switch
        {
            "alexnet" => "torchvision's models.alexnet(weights='IMAGENET1K_V1')",
            "inception-v3" => "torchvision's models.inception_v3(weights='IMAGENET1K_V1')",
            "inception-resnet-v2" => "timm's create_model('inception_resnet_v2', pretrained=True); needs pip install timm",
            "resnet-101" => "torchvision's models.resnet101(weights='IMAGENET1K_V1')",
            _ => throw new ArgumentException($"Unknown backbone '{name}': expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
        var file = WeightFileName(name);
        return $"To obtain it, run on a machine with internet access: python3 scripts/make-weights.py --out <folder> --models {Path.GetFileNameWithoutExtension(file)} " +
               $"({source}, saved as {file}) and pass the file's path.";
    }

    private static string Canonical(string name) => name.ToLowerInvariant().Replace('_', '-') switch
    {
        "caffenet" or "alexnet" => "alexnet",
        "inceptionv3" or "inception-v3" => "inception-v3",
        "inceptionresnetv2" or "inception-resnet-v2" => "inception-resnet-v2",
        "resnet101" or "resnet-101" => "resnet-101",
        var other => other,
    };
}
