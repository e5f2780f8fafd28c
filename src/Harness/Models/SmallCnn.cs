using LeakSpec.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// The Fast tier's backbone: a three-stage CNN that trains in milliseconds on CPU and can still memorise a few hundred
/// small images, which is what the leak experiments need it to do. Deterministic given <paramref name="seed"/> on CPU.
/// </summary>
public sealed class SmallCnn : IBackbone
{
    private readonly SmallCnnNet net;
    private readonly int[] widths;

    /// <param name="seed">Seeds the weight initialisation (independently of libtorch's global generator).</param>
    /// <param name="widths">Channels of the three stages (default 16, 32, 64).</param>
    public SmallCnn(int seed, IReadOnlyList<int>? widths = null)
    {
        TorchRuntime.EnsureLoaded();
        this.widths = (widths ?? [16, 32, 64]).ToArray();
        net = new SmallCnnNet(this.widths);
        SeededInit.Apply(net, Seeding.Derive(seed, "small-cnn-init"));
    }

    public string Name => "small-cnn-" + string.Join("-", widths);

    public int FeatureDim => widths[^1];

    public IReadOnlyList<int> StageDims => widths;

    public nn.Module Module => net;

    // Held for the process's lifetime: a temporary Scalar from `tensor - 0.5` can be finalised by the GC while libtorch
    // still reads it ("Unknown scalar type" seen under load in the Fast tier).
    private static readonly Scalar Centre = 0.5.ToScalar();
    private static readonly Scalar Spread = 0.25.ToScalar();

    /// <summary>Centres [0, 1] around zero with unit-ish spread; no dataset statistics, so nothing leaks through them.</summary>
    public Tensor Preprocess(Tensor rgb01) => rgb01.sub(Centre).div(Spread);

    public Tensor Features(Tensor input) => net.call(input);

    public IReadOnlyList<Tensor> StageOutputs(Tensor input) => net.Stages(input);

    public void Dispose() => net.Dispose();
}
