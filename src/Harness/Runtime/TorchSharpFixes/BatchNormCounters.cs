using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>
/// Drops the <c>num_batches_tracked</c> counter of every batch-norm layer that has a momentum. TorchSharp 0.107's
/// <c>BatchNorm.forward</c> increments it in training with <c>add_(1)</c>, whose temporary Scalars TorchSharp does not
/// keep alive across the native call: a GC on another thread can free them while libtorch reads them ("Unknown scalar
/// type" from <c>BatchNorm.forward</c>, seen in the Fast tier). With a momentum set the counter is never read (it only
/// replaces a null momentum by a running average), so training is unchanged; the state dict loses that one buffer.
/// </summary>
public static class BatchNormCounters
{
    public static void Remove(nn.Module module)
    {
        // TorchSharp's modules() lists the descendants only, not the module itself.
        foreach (var bn in module.modules().Prepend(module).OfType<BatchNorm>().Where(b => b.momentum is not null))
        {
            bn.num_batches_tracked = null;
        }
    }
}
