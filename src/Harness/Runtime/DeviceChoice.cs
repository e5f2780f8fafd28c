namespace LeakSpec.Runtime;

/// <summary>The device LeakSpec will compute on, and why.</summary>
/// <param name="Device">"cpu" or "cuda".</param>
/// <param name="Reason">One sentence a user can act on (printed by `doctor` and recorded in results).</param>
public sealed record DeviceChoice(string Device, string Reason)
{
    public TorchSharp.torch.Device ToTorch() => new(Device);
}
