using LeakSpec.Models;
using LeakSpec.Runtime;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// A named choice of backbone, recorded in results and configuration hashes. Where the machine forces a substitute
/// for the paper's network (the embedded ResNet18 for CaffeNet or Inception-V3 on CPU), this record is the
/// documented parameter that says so.
/// </summary>
/// <param name="Kind">Which network.</param>
/// <param name="PaperName">For <see cref="BackboneKind.Paper"/>: "alexnet", "inception-v3", "inception-resnet-v2", "resnet-101".</param>
/// <param name="WeightsPath">For <see cref="BackboneKind.Paper"/>: the PyTorch state dict.</param>
/// <param name="Substitutes">What the paper used instead, when this is a substitute (shown in the report).</param>
public sealed record BackboneSpec(BackboneKind Kind, string? PaperName = null, string? WeightsPath = null, string? Substitutes = null)
{
    public static BackboneSpec SmallCnn(string substitutes) => new(BackboneKind.SmallCnn, Substitutes: substitutes);

    public static BackboneSpec EmbeddedResNet18(string substitutes) => new(BackboneKind.EmbeddedResNet18, Substitutes: substitutes);

    /// <summary>Whether <see cref="Create"/>'s weights depend on its seed (the small CNN starts from seeded random weights).</summary>
    public bool SeedSetsWeights => Kind == BackboneKind.SmallCnn;

    /// <summary>A display name: the network and, for substitutes, what it stands in for.</summary>
    public string DisplayName => Kind switch
    {
        BackboneKind.SmallCnn => "small CNN",
        BackboneKind.EmbeddedResNet18 => "ResNet18 (embedded, ImageNet)",
        _ => PaperName ?? "paper backbone",
    } + (Substitutes is null ? string.Empty : $" for {Substitutes}");

    /// <summary>
    /// The embedded ResNet18 with torch's batch-norm momentum (0.1) instead of CNTK's (≈ 0.0117): with CNTK's the running
    /// statistics would lag the few epochs of fine-tuning the demo and Fast tiers run, and features extracted in eval
    /// mode would not match the fine-tuned weights.
    /// </summary>
    private static Models.EmbeddedResNet18 LoadResNet18(DeviceChoice device)
    {
        var model = Models.EmbeddedResNet18.Load(device);
        model.SetBatchNormMomentum(0.1);
        return model;
    }

    /// <summary>A fresh network: pretrained weights for the embedded and paper backbones, seeded random ones for the small CNN.</summary>
    public IBackbone Create(int seed, DeviceChoice device) => Kind switch
    {
        BackboneKind.SmallCnn => new Models.SmallCnn(seed),
        BackboneKind.EmbeddedResNet18 => LoadResNet18(device),
        _ => PaperBackbones.Create(PaperName ?? throw new ArgumentException("BackboneSpec.PaperName is required for a paper backbone."),
            WeightsPath ?? throw new ArgumentException("BackboneSpec.WeightsPath is required for a paper backbone."), device),
    };
}
