using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>
/// TorchSharp 0.107's <see cref="SGD"/> with the same update, every <see cref="Scalar"/> held until its native call
/// returns (see <see cref="KeptAliveAdam"/> for why). Only the options this project uses: no Nesterov, no maximise.
/// </summary>
public sealed class KeptAliveSgd(IEnumerable<SGD.ParamGroup> groups, double lr, double momentum = 0, double weightDecay = 0)
    : SGD(groups, lr, momentum, weight_decay: weightDecay)
{
    public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(
        group =>
        {
            var options = group.Options;
            if (options.nesterov == true || options.maximize == true)
            {
                throw new NotSupportedException("KeptAliveSgd: Nesterov momentum and maximise are not implemented.");
            }

            var (momentum, dampening, weightDecay) = (options.momentum!.Value, options.dampening!.Value, options.weight_decay!.Value);
            using var momentumS = momentum.ToScalar();
            using var oneMinusDampening = (1 - dampening).ToScalar();
            using var decay = weightDecay.ToScalar();
            using var minusLr = (-options.LearningRate!.Value).ToScalar();
            foreach (var param in group.Parameters)
            {
                var grad = param.grad;
                if (grad is null)
                {
                    continue;
                }

                if (weightDecay != 0)
                {
                    grad = grad.add(param, alpha: decay);
                }

                if (momentum != 0)
                {
                    var state = (State)_state[param.Handle];
                    if (state.momentum_buffer is null)
                    {
                        state.momentum_buffer = grad.clone().detach().DetachFromDisposeScope();
                    }
                    else
                    {
                        state.momentum_buffer.mul_(momentumS).add_(grad, alpha: oneMinusDampening);
                    }

                    grad = state.momentum_buffer;
                }

                param.add_(grad, alpha: minusLr);
            }
        },
        closure);
}
