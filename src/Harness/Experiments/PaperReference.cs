using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>
/// The paper's numbers per claim id, transcribed from ../shared/CLAIMS.md (Tables 1–3, the text of Cases I–II and
/// DeepRN). Hard-coded on purpose: the spec must not depend on a file outside the checkout. Accuracies are fractions.
/// </summary>
public static class PaperReference
{
    private const string CaffeNet = "CaffeNet";
    private const string InceptionV3 = "Inception-V3";
    private const string Tid = "TID2013";
    private const string LiveC = "LIVE-in-the-Wild";
    private const string Konvid = "KoNViD-1k";
    private const string Kadid = "KADID-10k";

    public static IReadOnlyList<PaperCase> Cases { get; } =
    [
        new("1", "Case I — DeepBIQ: the CNN was fine-tuned on the test images", "Table 1", [DatasetKind.LiveC, DatasetKind.Tid2013]),
        new("2", "Case II — CNN-SVR / CNN-LSTM: frames of one video on both sides of the fine-tuning split", "Fig 4", [DatasetKind.Konvid1k]),
        new("3", "Case III — tainted test sets: the regressor's test videos were seen in fine-tuning", "Table 2, Figs 6–7", [DatasetKind.Konvid1k]),
        new("4", "Case IV — MultiGAP-NRIQA: degraded versions of one reference on both sides of the split", "Table 3", [DatasetKind.Kadid10k]),
        new("deeprn", "DeepRN — fine-tuned on all of KonIQ-10k", "Fig 8", [DatasetKind.Koniq10k]),
        new("general", "General claims", "§Discussion", []),
    ];

    public static IReadOnlyList<PaperClaim> Claims { get; } =
    [
        Pair("C1.1", "1", "Table 1, row 3", "LIVE-in-the-Wild, clean fine-tuning (true performance)", CaffeNet, LiveC, 0.7886, 0.024, 0.7585, 0.020),
        Pair("C1.2", "1", "Table 1, row 2", "LIVE-in-the-Wild, leaky fine-tuning (published: 0.9026 / 0.8851)", CaffeNet, LiveC, 0.9191, 0.018, 0.9018, 0.014),
        Pair("C1.3", "1", "Table 1, row 6", "TID2013, clean, grouped by reference (true performance)", CaffeNet, Tid, 0.6953, 0.059, 0.6443, 0.054),
        Pair("C1.4", "1", "Table 1, row 5", "TID2013, leaky fine-tuning (published: 0.96 / 0.96)", CaffeNet, Tid, 0.9621, 0.003, 0.9578, 0.004),
        new("C1.5", "1", "Case I text", "LIVE-in-the-Wild, clean fine-tuning stops after 36 ± 7 epochs at 46.98 % ± 3.09 validation accuracy", CaffeNet, LiveC,
            [new(ScalarKeys.FineTuneEpochs, 36, 7), new(ScalarKeys.ValAccuracy, 0.4698, 0.0309)]),
        new("C1.6", "1", "Case I text", "Leaky fine-tuning reaches 100 % training accuracy (it overfits)", CaffeNet, LiveC,
            [new(ScalarKeys.TrainAccuracy, 1.0)]),
        Relation("C1.7", "1", "Case I text", "Clean: TID2013 < LIVE-in-the-Wild; leaky: TID2013 > LIVE-in-the-Wild", CaffeNet, $"{Tid}, {LiveC}"),

        Relation("C2.1", "2", "Fig 4 (top)", "Frame-level split: validation accuracy tracks training accuracy and exceeds 95 %", InceptionV3, Konvid),
        new("C2.2", "2", "Case II text", "Video-level split: peak test accuracy vs predicting the dominant class", InceptionV3, Konvid,
            [new(ScalarKeys.TestAccuracy, 0.4652), new(ScalarKeys.MajorityAccuracy, 0.4108)]),
        // "the training procedure shown in the bottom stops at iteration 300" (Fig 4); read off a figure, so ± 150 iterations.
        new("C2.3", "2", "Fig 4 (bottom)", "Video-level split: validation loss stops improving early, training stops at about iteration 300", InceptionV3, Konvid,
            [new(ScalarKeys.StopIteration, 300, 75)]),

        Pair("C3.1", "3", "Table 2, row 8", "CNN-SVR, no fine-tuning (max pooling)", InceptionV3, Konvid, 0.69, 0.06, 0.66, 0.07),
        Pair("C3.2", "3", "Table 2, row 12", "CNN-SVR, leaky fine-tuning + tainted test (published: 0.853 / 0.849)", InceptionV3, Konvid, 0.85, 0.01, 0.85, 0.01),
        // Erratum: the paper's ✓/✗ marks attach rows 13/14 and 18/19 to the opposite leak from the authors' result files
        // (FranzHahn/NPL-50-3-2595-2608-Correction, FranzHahn/SIVP-13-8-1569-1576-Correction); the files' numbers are asserted.
        Pair("C3.3", "3", "Table 2, row 14 (printed as 13); the authors' result files", "CNN-SVR, clean fine-tuning + tainted test (printed: 0.72 ± 0.03 / 0.69 ± 0.05 under this label)", InceptionV3, Konvid, 0.745, 0.018, 0.728, 0.021),
        Pair("C3.4", "3", "Table 2, row 13 (printed as 14); the authors' result files", "CNN-SVR, leaky fine-tuning + independent test (printed: 0.74 ± 0.02 / 0.73 ± 0.02 under this label)", InceptionV3, Konvid, 0.720, 0.034, 0.695, 0.047),
        Pair("C3.5", "3", "Table 2, row 15", "CNN-SVR, clean + independent (true performance)", InceptionV3, Konvid, 0.70, 0.04, 0.67, 0.04),
        // The LSTM rows' spreads come from the authors' result files (MATLAB's default 'Shuffle','once'); the table prints none.
        Pair("C3.6", "3", "Table 2, row 10; the authors' result files", "CNN-LSTM, no fine-tuning", InceptionV3, Konvid, 0.621, 0.069, 0.596, 0.062),
        Pair("C3.7", "3", "Table 2, row 17; the authors' result files", "CNN-LSTM, leaky + tainted (published: 0.867 / 0.849)", InceptionV3, Konvid, 0.836, 0.017, 0.835, 0.012),
        Pair("C3.8", "3", "Table 2, row 19 (printed as 18); the authors' result files", "CNN-LSTM, clean fine-tuning + tainted test (printed: 0.69 / 0.67 under this label)", InceptionV3, Konvid, 0.685, 0.022, 0.669, 0.023),
        Pair("C3.9", "3", "Table 2, row 18 (printed as 19); the authors' result files", "CNN-LSTM, leaky fine-tuning + independent test (printed: 0.68 / 0.67 under this label)", InceptionV3, Konvid, 0.693, 0.037, 0.669, 0.041),
        Pair("C3.10", "3", "Table 2, row 20; the authors' result files", "CNN-LSTM, clean + independent (true performance)", InceptionV3, Konvid, 0.654, 0.045, 0.626, 0.051),
        Pair("C3.11", "3", "Discussion", "End-to-end Inception-V3 regression head, video score = mean frame score", InceptionV3, Konvid, 0.66, 0.02, 0.65, 0.03),

        // Table 3: PLCC after the authors' 5-parameter logistic; spreads from their result files
        // (FranzHahn/MDPI-10-6-2186-Correction), which also give the by-reference row the paper only describes.
        Pair("C4.1", "4", "Table 3, row 2; the authors' result files", "No fine-tuning, random split (published ≈ 0.94 / 0.94)", InceptionV3, Kadid, 0.943, 0.003, 0.942, 0.003),
        Pair("C4.2", "4", "Table 3, row 3; the authors' result files", "No fine-tuning, split by reference: significantly below the random split", InceptionV3, Kadid, 0.662, 0.044, 0.637, 0.043),
        Pair("C4.3", "4", "Table 3, row 5; the authors' result files", "Fine-tuned, random split (published ≈ 0.97 / 0.97)", InceptionV3, Kadid, 0.970, 0.002, 0.969, 0.002),
        Pair("C4.4", "4", "Table 3, row 6; the authors' result files", "Fine-tuned, split by reference (true performance; paper: 0.81 ± 0.05)", InceptionV3, Kadid, 0.815, 0.049, 0.808, 0.045),
        Relation("C4.5", "4", "Table 3, rows 2–6", "The drop from grouping is smaller with fine-tuning than without", InceptionV3, Kadid),
        Relation("C4.6", "4", "Table 3, row 7", "End-to-end fine-tuned network as predictor does not improve on C4.4", "Inception-ResNet-V2", Kadid),

        // Read off Fig 8: ± 40 epochs (four snapshots of ten).
        new("D.1", "deeprn", "Fig 8", "Stage 1 stops improving after about epoch 120", "ResNet-101", "KonIQ-10k",
            [new(ScalarKeys.Stage1PlateauEpoch, 120, 20)]),
        new("D.2", "deeprn", "Fig 8 / text", "With the leak, the final-epoch test SROCC is 0.888, below the published 0.92", "ResNet-101", "KonIQ-10k",
            [new(ScalarKeys.FinalTestSrocc, 0.888)]),
        new("D.3", "deeprn", "Fig 8 / text", "Test SROCC never exceeds the best training-set SROCC (≈ 0.92)", "ResNet-101", "KonIQ-10k",
            [new(ScalarKeys.BestTrainSrocc, 0.92)]),

        Relation("G.1", "general", "Cases I–IV", "The regressor's test set shares no item or group with any fine-tuning set; each leaky variant violates exactly its property", "any", "any"),
        Relation("G.2", "general", "Cases II, IV", "A split by reference image / by video keeps every group on one side", "any", "any"),
        Relation("G.3", "general", "Discussion", "SVR memory grows quadratically and training time super-linearly with the number of items", "—", "any"),
    ];

    public static PaperClaim Get(string id) =>
        TryGet(id) ?? throw new KeyNotFoundException($"No claim '{id}' in the paper reference; known ids: {string.Join(", ", Claims.Select(c => c.Id))}.");

    public static PaperClaim? TryGet(string id) => Claims.FirstOrDefault(c => c.Id == id);

    public static PaperCase GetCase(string id) =>
        Cases.FirstOrDefault(c => c.Id == id)
        ?? throw new KeyNotFoundException($"No case '{id}'; known: {string.Join(", ", Cases.Select(c => c.Id))}.");

    private static PaperClaim Pair(
        string id, string caseId, string source, string setup, string backbone, string dataset,
        double plcc, double? plccStd, double srocc, double? sroccStd) =>
        new(id, caseId, source, setup, backbone, dataset, [new(PaperValue.Plcc, plcc, plccStd), new(PaperValue.Srocc, srocc, sroccStd)]);

    private static PaperClaim Relation(string id, string caseId, string source, string setup, string backbone, string dataset) =>
        new(id, caseId, source, setup, backbone, dataset, []);
}
