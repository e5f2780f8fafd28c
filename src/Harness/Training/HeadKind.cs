namespace LeakSpec.Training;

public enum HeadKind
{
    /// <summary>A linear layer to the quantiser's classes, cross-entropy loss.</summary>
    Classification,

    /// <summary>A linear layer to one unit, mean-squared error on the score.</summary>
    Regression,

    /// <summary>The end-to-end regression head FC 1024-512-32-1, ReLU and dropout 0.25 (paper §"Case III"), MSE.</summary>
    EndToEnd,
}
