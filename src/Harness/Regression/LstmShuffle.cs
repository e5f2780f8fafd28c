namespace LeakSpec.Regression;

/// <summary>How the LSTM's training sequences are ordered into mini-batches (MATLAB trainingOptions 'Shuffle').</summary>
public enum LstmShuffle
{
    /// <summary>'never': batches in the sorted order every epoch (the authors' <c>trainlstm_no_shuffle.m</c>; not the published numbers).</summary>
    Never,

    /// <summary>'once', MATLAB's default: one seeded permutation before the first epoch, then batches in that order every epoch (the authors' <c>trainlstm.m</c>).</summary>
    Once,
}
