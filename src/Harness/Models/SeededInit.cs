using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// Re-initialises the randomly initialised layers of a module from a .NET generator, with PyTorch's default
/// distributions (Conv/Linear: U(±1/√fan_in) for weight and bias; LSTM: U(±1/√hidden)). Unlike libtorch's global
/// generator this cannot be disturbed by other work running concurrently (e.g. parallel test classes), so the same
/// seed gives the same weights wherever the module is built.
/// </summary>
public static class SeededInit
{
    public static void Apply(nn.Module module, int seed)
    {
        var rng = new Random(seed);
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        foreach (var (name, child) in module.named_modules().OrderBy(m => m.name, StringComparer.Ordinal))
        {
            var parameters = child.named_parameters(recurse: false).OrderBy(p => p.name, StringComparer.Ordinal).Select(p => p.parameter).ToArray();
            double? bound = child switch
            {
                Conv2d or Linear => 1.0 / Math.Sqrt(FanIn(parameters.First(p => p.dim() >= 2))),
                LSTM => 1.0 / Math.Sqrt(parameters.First(p => p.dim() >= 2).shape[0] / 4.0),
                _ => null,
            };
            if (bound is not { } b)
            {
                continue;
            }

            foreach (var p in parameters)
            {
                var values = new float[p.numel()];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (float)(((rng.NextDouble() * 2) - 1) * b);
                }

                p.copy_(tensor(values, p.shape));
            }
        }
    }

    private static long FanIn(Tensor weight) => weight.shape.Skip(1).Aggregate(1L, (a, d) => a * d);
}
