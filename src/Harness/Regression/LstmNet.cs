using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Regression;

/// <summary>
/// Two stacked unidirectional LSTMs and a linear output, read at the step <c>lengths</c> names: each sequence's last
/// real step (because the LSTMs are causal and padding is at the end, the output there never sees padding: that is
/// the masking), or the padded end, as MATLAB reads it (<see cref="LstmConfig.ReadAfterPadding"/>).
/// </summary>
public sealed class LstmNet : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly LSTM lstm1;
    private readonly LSTM lstm2;
    private readonly Linear fc;

    // Held for the process: `lengths - 1` made a temporary Scalar that a GC freed while libtorch read it (demo run).
    private static readonly Scalar One = 1L.ToScalar();

    public LstmNet(int inputSize, int hidden1, int hidden2) : base("LstmNet")
    {
        lstm1 = nn.LSTM(inputSize, hidden1, batchFirst: true);
        lstm2 = nn.LSTM(hidden1, hidden2, batchFirst: true);
        fc = nn.Linear(hidden2, 1);
        RegisterComponents();
    }

    /// <param name="padded">N×T×F, zero-padded at the end.</param>
    /// <param name="lengths">N real lengths (int64, ≥ 1).</param>
    /// <returns>N predictions.</returns>
    public override Tensor forward(Tensor padded, Tensor lengths)
    {
        var (h1, _, _) = lstm1.call(padded, null);
        var (h2, _, _) = lstm2.call(h1, null);
        var index = lengths.sub(One).view(-1, 1, 1).expand(-1, 1, h2.shape[2]);
        var last = h2.gather(1, index).squeeze(1);
        return fc.call(last).squeeze(1);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lstm1.Dispose();
            lstm2.Dispose();
            fc.Dispose();
        }

        base.Dispose(disposing);
    }
}
