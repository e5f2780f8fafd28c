using LeakSpec.Harness.Tests.Training;
using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Runtime.TorchSharpFixes;

/// <summary>
/// The kept-alive optimisers must be TorchSharp's Adam and SGD to the bit: only the lifetime of their Scalars differs.
/// (The race itself is too rare for a unit test: TorchSharp's Adam failed once in 20,000 steps with another thread
/// forcing gen-0 collections, minutes of CPU; the demo hit it once in a full run.)
/// </summary>
[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class KeptAliveOptimizerTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    public void KeptAliveAdam_FollowsTorchSharpsAdamExactly(double weightDecay)
    {
        var (reference, ours) = Trajectories(
            p => optim.Adam([new Adam.ParamGroup(p[0], 1e-2, weight_decay: weightDecay), new Adam.ParamGroup(p[1], 3e-2, weight_decay: weightDecay)], 1e-2, weight_decay: weightDecay),
            p => new KeptAliveAdam([new Adam.ParamGroup(p[0], 1e-2, weight_decay: weightDecay), new Adam.ParamGroup(p[1], 3e-2, weight_decay: weightDecay)], 1e-2, weightDecay));

        ours.Should().Equal(reference);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.9, 0.0)]
    [InlineData(0.9, 0.01)]
    public void KeptAliveSgd_FollowsTorchSharpsSgdExactly(double momentum, double weightDecay)
    {
        var (reference, ours) = Trajectories(
            p => optim.SGD([new SGD.ParamGroup(p[0], 1e-2, momentum, weight_decay: weightDecay), new SGD.ParamGroup(p[1], 3e-2, momentum, weight_decay: weightDecay)], 1e-2, momentum, weight_decay: weightDecay),
            p => new KeptAliveSgd([new SGD.ParamGroup(p[0], 1e-2, momentum, weight_decay: weightDecay), new SGD.ParamGroup(p[1], 3e-2, momentum, weight_decay: weightDecay)], 1e-2, momentum, weightDecay));

        ours.Should().Equal(reference);
    }

    /// <summary>Ten steps of two identical two-group models on the same data, one per optimiser; their final weights.</summary>
    private static (float[] Reference, float[] Ours) Trajectories(Func<Parameter[][], optim.Optimizer> reference, Func<Parameter[][], optim.Optimizer> ours)
    {
        float[] Run(Func<Parameter[][], optim.Optimizer> make)
        {
            using var scope = NewDisposeScope();
            var first = nn.Linear(6, 4);
            var second = nn.Linear(4, 1);
            using (no_grad())
            {
                first.weight!.copy_(linspace(-1, 1, 24).reshape(4, 6));
                first.bias!.copy_(linspace(-0.5, 0.5, 4));
                second.weight!.copy_(linspace(0.3, -0.7, 4).reshape(1, 4));
                using var bias = 0.1.ToScalar();
                second.bias!.fill_(bias);
            }

            using var optimizer = make([[.. first.parameters()], [.. second.parameters()]]);
            var x = linspace(-2, 2, 30).reshape(5, 6);
            var y = linspace(0, 1, 5).reshape(5, 1);
            for (var step = 0; step < 10; step++)
            {
                optimizer.zero_grad();
                nn.functional.mse_loss(second.call(nn.functional.relu(first.call(x))), y).backward();
                optimizer.step();
            }

            return [.. first.weight!.data<float>(), .. first.bias!.data<float>(), .. second.weight!.data<float>(), .. second.bias!.data<float>()];
        }

        return (Run(reference), Run(ours));
    }
}
