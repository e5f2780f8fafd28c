namespace LeakSpec.Regression;

/// <summary>
/// The CNN-LSTM predictor (paper §"Case III", after the MATLAB reimplementation): input → LSTM 1,024 → LSTM 128 → FC 1,
/// Adam lr 1e-4, batch 27, gradient threshold 0.5, 10 epochs, sequences sorted by length, zero-padded at the end,
/// batches not shuffled. Widths are configurable so tests run small.
/// </summary>
/// <param name="PerParameterClipping">
/// True (default): clip each parameter's gradient to L2 norm ≤ <paramref name="GradientThreshold"/> separately, as
/// MATLAB's default GradientThresholdMethod "l2norm"; false: one global norm over all parameters ("global-l2norm").
/// </param>
public sealed record LstmConfig(
    int InputSize = 2048,
    int Hidden1 = 1024,
    int Hidden2 = 128,
    double LearningRate = 1e-4,
    int BatchSize = 27,
    double GradientThreshold = 0.5,
    int Epochs = 10,
    int Seed = 0,
    bool PerParameterClipping = true)
{
    public void Validate()
    {
        if (InputSize < 1 || Hidden1 < 1 || Hidden2 < 1 || LearningRate <= 0 || BatchSize < 1 || GradientThreshold <= 0 || Epochs < 1)
        {
            throw new ArgumentException($"LstmConfig: every width, rate, batch size, threshold and epoch count must be positive; got {this}.");
        }
    }
}
