namespace LeakSpec.Regression;

/// <summary>
/// The CNN-LSTM predictor (paper §"Case III"; the authors' <c>trainlstm.m</c> in FranzHahn/SIVP-13-8-1569-1576-Correction):
/// input → LSTM 1,024 → LSTM 128 → FC 1, Adam lr 1e-4, batch 27, gradient threshold 0.5, 10 epochs
/// (<c>ParametersTransferLearning.maxEpochs</c>). The training table is sorted by length (descending, <c>sortrows(…,
/// 'sizes','descend')</c>) and then, as no 'Shuffle' option is given, shuffled once by MATLAB's default; each batch is
/// zero-padded at the end to its longest sequence (MATLAB's 'SequenceLength','longest'). Widths are configurable so
/// tests run small.
/// </summary>
/// <param name="PerParameterClipping">
/// True (default): clip each parameter's gradient to L2 norm ≤ <paramref name="GradientThreshold"/> separately, as
/// MATLAB's default GradientThresholdMethod "l2norm"; false: one global norm over all parameters ("global-l2norm").
/// </param>
/// <param name="Shuffle">
/// <see cref="LstmShuffle.Once"/> (default): <c>trainlstm.m</c> sets no 'Shuffle', so MATLAB's 'once' applies — the
/// published Table 2 LSTM rows; the authors' <c>trainlstm_no_shuffle.m</c> ('never') gives far lower numbers (the paper's
/// text "batch selection … non-random" describes that variant). The permutation is seeded from <paramref name="Seed"/>.
/// </param>
/// <param name="DiscardPartialBatch">
/// True (default): each epoch drops the sequences that do not fill a last complete mini-batch, as MATLAB's trainNetwork
/// does (with 'once' the same ones every epoch: 960 videos in batches of 27 train on 945). Never when fewer sequences
/// than one batch exist (all of them form the only batch).
/// </param>
/// <param name="L2Regularization">
/// 1e-4 (default): MATLAB trainingOptions' default 'L2Regularization', which <c>trainlstm.m</c> does not change; added to
/// every parameter's gradient as Adam's weight decay (MATLAB's per-layer L2 factors are all 1 for LSTM and FC layers).
/// </param>
/// <param name="ReadAfterPadding">
/// True (default): the output is read at the batch's last (padded) step, as MATLAB's lstmLayer 'OutputMode','last'
/// does with the default right padding ('SequencePaddingDirection','right'), in training and in the authors' predict
/// call, so a shorter video's score follows some zero steps; false: at each sequence's own last step (masking). The
/// synthetic videos all have one length, so the choice changes nothing in the Demo and Fast tiers.
/// </param>
/// <param name="PredictBatchSize">128: MATLAB predict's default 'MiniBatchSize' (batches matter only when reading after padding).</param>
public sealed record LstmConfig(
    int InputSize = 2048,
    int Hidden1 = 1024,
    int Hidden2 = 128,
    double LearningRate = 1e-4,
    int BatchSize = 27,
    double GradientThreshold = 0.5,
    int Epochs = 10,
    int Seed = 0,
    bool PerParameterClipping = true,
    LstmShuffle Shuffle = LstmShuffle.Once,
    bool DiscardPartialBatch = true,
    double L2Regularization = 1e-4,
    bool ReadAfterPadding = true,
    int PredictBatchSize = 128)
{
    public void Validate()
    {
        if (InputSize < 1 || Hidden1 < 1 || Hidden2 < 1 || LearningRate <= 0 || BatchSize < 1 || GradientThreshold <= 0 || Epochs < 1 || L2Regularization < 0 || PredictBatchSize < 1)
        {
            throw new ArgumentException($"LstmConfig: every width, rate, batch size, threshold and epoch count must be positive and L2Regularization not negative; got {this}.");
        }
    }
}
