using LeakSpec.Experiments.Pipelines;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp.Modules;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// Randomly initialised paper backbones written as PyTorch state dicts (TorchSharp.PyBridge's <c>save_py</c>, the format
/// scripts/make-weights.py writes and the Full tier loads), without Python: the Rehearsal tier cannot download ImageNet
/// weights, and Debian's python3-torch is not on CI. Each file is read back through <see cref="PaperBackbones.Create"/>,
/// the Full tier's own loader, and must reproduce every tensor.
/// </summary>
public static class RehearsalWeights
{
    /// <summary>
    /// Writes <paramref name="file"/> into <paramref name="folder"/> for the backbone the Paper profile loads from it,
    /// seeded, with batch-norm statistics of <paramref name="calibration"/>, and returns its path.
    /// </summary>
    public static string Write(WeightFile file, string folder, int seed, IReadOnlyList<Datasets.RgbImage> calibration)
    {
        var path = Path.Combine(folder, file.FileName);
        var name = ArchitectureOf(file, folder);
        Directory.CreateDirectory(folder);
        TorchRuntime.EnsureLoaded();

        // TorchVision's own initialisation of each architecture (Kaiming for ResNet, truncated normal for Inception-V3),
        // drawn from libtorch's generator seeded just before: what scripts/make-weights.py --random writes in PyTorch.
        Seeding.Seed(seed);
        using (var backbone = PaperBackbones.CreateArchitecture(name))
        {
            CalibrateBatchNorm(backbone, calibration);
            backbone.Module.save_py(path);
            using var loaded = PaperBackbones.Create(name, path, DeviceSelector.Select("cpu"));
            RequireSameTensors(backbone.Module, loaded.Module, path);
        }

        return path;
    }

    /// <summary>The paper backbone whose weights the Paper profile reads from <paramref name="file"/>.</summary>
    public static string ArchitectureOf(WeightFile file, string folder)
    {
        var paper = ReplicationProfile.Paper(folder);
        BackboneSpec[] specs = [paper.DeepBiq.Backbone, paper.CnnSvr.Backbone, paper.EndToEnd.Backbone, paper.MultiGap.Backbone, .. (paper.MultiGap.EndToEndBackbone is { } row7 ? [row7] : Array.Empty<BackboneSpec>()), paper.DeepRn.Backbone];
        var spec = specs.FirstOrDefault(s => s.Kind == BackboneKind.Paper && Path.GetFileName(s.WeightsPath) == file.FileName);
        return spec?.PaperName ?? throw new ArgumentException(
            $"No backbone of the Paper profile loads {file.FileName} (it loads {string.Join(", ", specs.Select(s => Path.GetFileName(s.WeightsPath)).Distinct())}); " +
            "a rehearsal can only write the files the Full tier reads.", nameof(file));
    }

    /// <summary>
    /// Random weights leave every batch-norm layer's running statistics at mean 0 and variance 1, so in eval mode the
    /// activations shrink or grow layer by layer (Inception-V3's pooled feature: 1e-8) and a network's outputs would be
    /// nearly constant. One training-mode pass over images, each layer taking the batch's statistics (momentum 1), gives
    /// statistics that keep eval-mode activations near unit scale on such images, as trained weights do. Noise would
    /// not do: its statistics are not an image's (ResNet-101's features on images grew a hundredfold). The counters are
    /// lifted for the pass (their in-place increment passes a temporary Scalar, see <see cref="BatchNormCounters"/>) and
    /// put back, so the state dict keeps every key a PyTorch one has.
    /// </summary>
    private static void CalibrateBatchNorm(TorchVisionBackbone backbone, IReadOnlyList<Datasets.RgbImage> calibration)
    {
        var norms = backbone.Module.modules().OfType<BatchNorm>().ToArray();
        if (norms.Length == 0)
        {
            return;
        }

        var momenta = norms.Select(n => n.momentum).ToArray();
        foreach (var n in norms)
        {
            n.momentum = 1.0;
            n.num_batches_tracked = null;
        }

        if (calibration.Count < 2)
        {
            throw new ArgumentException($"{backbone.Name} has batch norm: its statistics need at least two calibration images, got {calibration.Count}.", nameof(calibration));
        }

        using (var scope = NewDisposeScope())
        using (no_grad())
        {
            // The paper's input sizes (Inception-V3 299, ResNet-101 a shorter side of 384), square so the images batch.
            var size = backbone is InceptionV3Backbone ? 299 : 384;
            var view = Training.InputConfig.CentreView(size, size);
            var batch = Training.InputPipeline.ToTensor([.. calibration.Select(i => Training.InputPipeline.Prepare(i, view, rng: null))], CPU);
            backbone.Module.train();
            backbone.Features(backbone.Preprocess(batch));
            backbone.Module.eval();
        }

        for (var k = 0; k < norms.Length; k++)
        {
            norms[k].momentum = momenta[k];
            norms[k].num_batches_tracked = tensor(1L);
        }
    }

    private static void RequireSameTensors(nn.Module written, nn.Module loaded, string path)
    {
        // The loader drops the batch-norm counters after a strict load (BatchNormCounters); every other tensor must match.
        using var scope = NewDisposeScope();
        var read = loaded.state_dict();
        foreach (var (key, tensor) in written.state_dict())
        {
            if (key.EndsWith("num_batches_tracked", StringComparison.Ordinal))
            {
                continue;
            }

            if (!read.TryGetValue(key, out var back) || !back.shape.SequenceEqual(tensor.shape) || !back.cpu().eq(tensor.cpu()).all().item<bool>())
            {
                throw new InvalidOperationException($"{path}: '{key}' did not read back as written through PaperBackbones.Create (TorchSharp.PyBridge load_py).");
            }
        }
    }
}
