using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>The C# twin of fixtures/models/make_state_dict.py's TinyNet (same child names, so the state dict maps).</summary>
internal sealed class TinyNet : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1 = nn.Conv2d(3, 8, 3, padding: 1);
    private readonly BatchNorm2d bn1 = nn.BatchNorm2d(8);
    private readonly Conv2d conv2 = nn.Conv2d(8, 16, 3, stride: 2, padding: 1, bias: false);
    private readonly BatchNorm2d bn2 = nn.BatchNorm2d(16);
    private readonly Linear fc = nn.Linear(16, 4);

    public TinyNet()
        : base("TinyNet") => RegisterComponents();

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = nn.functional.relu(bn1.call(conv1.call(input)));
        x = nn.functional.relu(bn2.call(conv2.call(x)));
        x = nn.functional.adaptive_avg_pool2d(x, [1, 1]).flatten(1);
        return fc.call(x).MoveToOuterDisposeScope();
    }
}
