namespace LeakSpec.Experiments;

/// <summary>
/// Names of the extra per-split scalars (<see cref="SplitResult.Scalars"/>) that paper claims refer to; one spelling
/// shared by the pipelines that report them and the report that compares them with the paper.
/// </summary>
public static class ScalarKeys
{
    /// <summary>Epochs the fine-tuning ran, up to and including the one that triggered early stopping (C1.5).</summary>
    public const string FineTuneEpochs = "FineTuneEpochs";

    /// <summary>Epoch of the checkpoint early stopping kept.</summary>
    public const string BestEpoch = "BestEpoch";

    /// <summary>Training step of the checkpoint early stopping kept (C2.3).</summary>
    public const string BestStep = "BestStep";

    /// <summary>1 when validation stopped the fine-tuning before its step or epoch cap, else 0 (C1.5, C2.3).</summary>
    public const string StoppedEarly = "StoppedEarly";

    /// <summary>Highest validation accuracy over all validations (C2.1).</summary>
    public const string PeakValAccuracy = "PeakValAccuracy";

    /// <summary>SROCC and PLCC of the fine-tuned network used directly as the predictor (C4.6).</summary>
    public const string EndToEndSrocc = "EndToEndSrocc";

    /// <summary>PLCC of the fine-tuned network used directly as the predictor (C4.6).</summary>
    public const string EndToEndPlcc = "EndToEndPlcc";

    /// <summary>1 where the logistic fit before PLCC did not converge and the raw PLCC stands in (tiny data).</summary>
    public const string LogisticFitFailed = "LogisticFitFailed";

    /// <summary>Test PLCC without the logistic mapping, where the test PLCC is taken after one (Table 3).</summary>
    public const string RawPlcc = "RawPlcc";

    /// <summary>Validation accuracy (fraction) of the model kept by early stopping (C1.5, C2.1).</summary>
    public const string ValAccuracy = "ValAccuracy";

    /// <summary>Final training accuracy (fraction) of the fine-tuning stage (C1.6).</summary>
    public const string TrainAccuracy = "TrainAccuracy";

    /// <summary>
    /// Peak test accuracy (fraction) of the fine-tuned classifier (C2.2): the highest test accuracy over its validations
    /// ("average peak test accuracy … across five correctly fine-tuned models"), taken on a share of the test frames.
    /// </summary>
    public const string TestAccuracy = "TestAccuracy";

    /// <summary>
    /// Test accuracy (fraction, every test frame) of the network the regressors read: the restored best checkpoint, or
    /// in the Paper profile the network at the stop, as MATLAB's trainNetwork returns it.
    /// </summary>
    public const string KeptTestAccuracy = "KeptTestAccuracy";

    /// <summary>Accuracy (fraction) of always predicting the dominant class of the test set (C2.2).</summary>
    public const string MajorityAccuracy = "MajorityAccuracy";

    /// <summary>Iteration at which early stopping triggered (C2.3).</summary>
    public const string StopIteration = "StopIteration";

    /// <summary>Test SROCC of the stage-2 model on the last saved stage-1 model (D.2).</summary>
    public const string FinalTestSrocc = "FinalTestSrocc";

    /// <summary>Best training-set SROCC over all saved stage-1 models (D.3).</summary>
    public const string BestTrainSrocc = "BestTrainSrocc";

    /// <summary>DeepRN: the first saved stage-1 epoch after which stage 1's own SROCC improves by less than 0.01 (D.1).</summary>
    public const string Stage1PlateauEpoch = "Stage1PlateauEpoch";

    /// <summary>Synthetic data only: test SROCC of the content-blind predictor (mean score per distortion type and level).</summary>
    public const string ContentBlindSrocc = "ContentBlindSrocc";

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
