using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// A TorchVision architecture (or LeakSpec's own: <see cref="InceptionResNetV2Net"/> in timm's names, <see cref="ResNetNet"/>
/// in TorchVision's) wrapped as a backbone: it runs the architecture's named children in forward order, keeping the stage
/// outputs it needs, so features and stages come from one pass without changing the module.
/// </summary>
public abstract class TorchVisionBackbone : IBackbone
{
    private static readonly float[] ImageNetMean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] ImageNetStd = [0.229f, 0.224f, 0.225f];
    private readonly nn.Module<Tensor, Tensor> module;

    protected TorchVisionBackbone(string name, nn.Module<Tensor, Tensor> module, int featureDim, IReadOnlyList<int> stageDims, string? standsInFor)
    {
        Name = name;
        this.module = module;
        FeatureDim = featureDim;
        StageDims = stageDims;
        StandsInFor = standsInFor;
        Children = module.named_children().ToDictionary(c => c.name, c => c.module, StringComparer.Ordinal);
    }

    public string Name { get; }

    public int FeatureDim { get; }

    public IReadOnlyList<int> StageDims { get; }

    public nn.Module Module => module;

    /// <summary>The paper's backbone this one replaces when TorchVision lacks it (null when it is the paper's own).</summary>
    public string? StandsInFor { get; }

    /// <summary>The weight file loaded, if any.</summary>
    public string? WeightsPath { get; private set; }

    protected IReadOnlyDictionary<string, nn.Module> Children { get; }

    /// <summary>Whose state-dict layout the weights follow (named in load errors).</summary>
    protected virtual string LayoutSource => "TorchVision's";

    /// <summary>TorchVision's ImageNet weights expect RGB normalised by the ImageNet mean and standard deviation.</summary>
    public virtual Tensor Preprocess(Tensor rgb01)
    {
        using var scope = NewDisposeScope();
        var mean = tensor(ImageNetMean, [1, 3, 1, 1], device: rgb01.device);
        var std = tensor(ImageNetStd, [1, 3, 1, 1], device: rgb01.device);
        return ((rgb01 - mean) / std).MoveToOuterDisposeScope();
    }

    public Tensor Features(Tensor input)
    {
        using var scope = NewDisposeScope();
        return Run(input, keepStages: false).Features.MoveToOuterDisposeScope();
    }

    public IReadOnlyList<Tensor> StageOutputs(Tensor input)
    {
        using var scope = NewDisposeScope();
        var stages = Run(input, keepStages: true).Stages;
        foreach (var s in stages)
        {
            s.MoveToOuterDisposeScope();
        }

        return stages;
    }

    /// <summary>
    /// Loads weights: a TorchSharp <c>.dat</c> file (module.save) or a PyTorch state dict (<c>torch.save(model.state_dict())</c>,
    /// read by TorchSharp.PyBridge). Strict: every parameter and buffer must be present with its shape.
    /// </summary>
    public void LoadWeights(string path, string howToObtain)
    {
        if (!File.Exists(path))
        {
            throw new WeightsNotFoundException($"Weights for {Name} not found: {path}. {howToObtain}", path);
        }

        try
        {
            if (path.EndsWith(".dat", StringComparison.OrdinalIgnoreCase))
            {
                module.load(path, strict: true);
            }
            else
            {
                module.load_py(path, strict: true);
            }
        }
        catch (Exception e) when (e is not WeightsNotFoundException)
        {
            throw new ModelImportException(
                $"{path}: could not load it as {Name} weights ({e.GetType().Name}: {e.Message}). Expected a PyTorch state dict of {LayoutSource} " +
                $"{Name} architecture (torch.save(model.state_dict(), ...)) or a TorchSharp .dat file. {howToObtain}",
                e);
        }

        WeightsPath = path;

        // After loading: a PyTorch state dict carries the counters, and strict loading expects them.
        BatchNormCounters.Remove(module);
    }

    /// <summary>Moves the module to <paramref name="device"/> and sets eval mode (the caller switches to train to fine-tune).</summary>
    public void PlaceOn(DeviceChoice? device)
    {
        if (device is not null)
        {
            module.to(device.ToTorch());
        }

        module.eval();
    }

    public void Dispose()
    {
        module.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>One forward pass through the architecture's children: the pooled feature and, if asked, the stages.</summary>
    protected abstract (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages);

    protected Tensor Call(string child, Tensor x) =>
        Children.TryGetValue(child, out var m)
            ? ((nn.Module<Tensor, Tensor>)m).call(x)
            : throw new InvalidOperationException($"{Name}: the TorchVision module has no child '{child}' (children: {string.Join(", ", Children.Keys)}).");
}
