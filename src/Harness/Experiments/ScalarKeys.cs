namespace LeakSpec.Experiments;

/// <summary>
/// Names of the extra per-split scalars (<see cref="SplitResult.Scalars"/>) that paper claims refer to; one spelling
/// shared by the pipelines that report them and the report that compares them with the paper.
/// </summary>
public static class ScalarKeys
{
    /// <summary>Epochs the clean fine-tuning ran before early stopping (C1.5).</summary>
    public const string FineTuneEpochs = "FineTuneEpochs";

    /// <summary>Validation accuracy (fraction) of the model kept by early stopping (C1.5, C2.1).</summary>
    public const string ValAccuracy = "ValAccuracy";

    /// <summary>Final training accuracy (fraction) of the fine-tuning stage (C1.6).</summary>
    public const string TrainAccuracy = "TrainAccuracy";

    /// <summary>Peak test accuracy (fraction) of the fine-tuned classifier (C2.2).</summary>
    public const string TestAccuracy = "TestAccuracy";

    /// <summary>Accuracy (fraction) of always predicting the dominant class of the test set (C2.2).</summary>
    public const string MajorityAccuracy = "MajorityAccuracy";

    /// <summary>Iteration at which early stopping triggered (C2.3).</summary>
    public const string StopIteration = "StopIteration";

    /// <summary>Test SROCC of the stage-2 model on the last saved stage-1 model (D.2).</summary>
    public const string FinalTestSrocc = "FinalTestSrocc";

    /// <summary>Best training-set SROCC over all saved stage-1 models (D.3).</summary>
    public const string BestTrainSrocc = "BestTrainSrocc";

    /// <summary>Best test SROCC over all saved stage-1 models (D.3).</summary>
    public const string BestTestSrocc = "BestTestSrocc";

    /// <summary>
    /// Share (fraction) of the test frames the fine-tuned classifier assigns to class <paramref name="oneBased"/> (1 =
    /// the lowest MOS bin), "PredictedClass1", …: the bars of the paper's Fig 5 (C2.2).
    /// </summary>
    public static string PredictedClass(int oneBased) => FormattableString.Invariant($"PredictedClass{oneBased}");

    /// <summary>Share (fraction) of the test frames whose video's MOS falls in class <paramref name="oneBased"/>, "TrueClass1", ….</summary>
    public static string TrueClass(int oneBased) => FormattableString.Invariant($"TrueClass{oneBased}");
}
