using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>
/// TorchSharp 0.107's <see cref="Adam"/> with the same update, every <see cref="Scalar"/> held until its native call
/// returns. Its <c>step</c> passes doubles as temporary Scalars (<c>add_(eps)</c>, <c>/ Math.Sqrt(…)</c>, <c>alpha:</c>)
/// and reads their handles without keeping them alive, so a GC started by another thread can finalise one while
/// libtorch reads it; we saw "Expected false to be true … toFloat" and "Unknown scalar type" from exactly those calls.
/// (Also <c>add_(Scalar)</c> itself makes a temporary Scalar for its alpha of 1, so every overload here names both.)
/// Only the options this project uses: no AMSGrad, no maximise.
/// </summary>
public sealed class KeptAliveAdam(IEnumerable<Adam.ParamGroup> groups, double lr, double weightDecay = 0)
    : Adam(groups, lr, weight_decay: weightDecay)
{
    public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(
        group =>
        {
            var options = (Options)group.Options;
            if (options.amsgrad == true || options.maximize == true)
            {
                throw new NotSupportedException("KeptAliveAdam: AMSGrad and maximise are not implemented.");
            }

            var (beta1, beta2, eps, lr, weightDecay) = (options.beta1!.Value, options.beta2!.Value, options.eps!.Value, options.LearningRate!.Value, options.weight_decay!.Value);
            using var beta1S = beta1.ToScalar();
            using var beta2S = beta2.ToScalar();
            using var oneMinusBeta1 = (1 - beta1).ToScalar();
            using var oneMinusBeta2 = (1 - beta2).ToScalar();
            using var epsS = eps.ToScalar();
            using var one = 1.0.ToScalar();
            using var decay = weightDecay.ToScalar();
            foreach (var param in group.Parameters)
            {
                var grad = param.grad;
                if (grad is null)
                {
                    continue;
                }

                var state = (State)_state[param.Handle];
                state.step += 1;
                using var sqrtBias2 = Math.Sqrt(1 - Math.Pow(beta2, state.step)).ToScalar();
                using var minusStepSize = (-lr / (1 - Math.Pow(beta1, state.step))).ToScalar();
                if (weightDecay != 0)
                {
                    grad = grad.add(param, alpha: decay);
                }

                state.exp_avg.mul_(beta1S).add_(grad, alpha: oneMinusBeta1);
                state.exp_avg_sq.mul_(beta2S).addcmul_(grad, grad.conj(), value: oneMinusBeta2);
                var denom = state.exp_avg_sq.sqrt().div_(sqrtBias2).add_(epsS, one);
                param.addcdiv_(state.exp_avg, denom, value: minusStepSize);
            }
        },
        closure);
}
