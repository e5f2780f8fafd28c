namespace LeakSpec.Splitting;

/// <summary>The stage names a manifest may use; anything else is rejected so that a typo cannot hide a stage from the auditor.</summary>
public static class Stages
{
    public const string FinetuneTrain = "finetune.train";
    public const string FinetuneVal = "finetune.val";
    public const string RegressorTrain = "regressor.train";
    public const string RegressorVal = "regressor.val";
    public const string RegressorTest = "regressor.test";

    /// <summary>
    /// The items put away before fine-tuning. Only written when <see cref="RegressorTest"/> is not that set (a tainted
    /// test, Case III), so the manifest records both the independent test set and the set actually evaluated on.
    /// </summary>
    public const string HeldOutTest = "heldout.test";

    /// <summary>In canonical order: the order stages appear in a manifest.</summary>
    public static IReadOnlyList<string> Ordered { get; } =
        [FinetuneTrain, FinetuneVal, RegressorTrain, RegressorVal, RegressorTest, HeldOutTest];

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(Ordered, StringComparer.Ordinal);

    public static IReadOnlyList<string> Finetune { get; } = [FinetuneTrain, FinetuneVal];

    /// <summary>Stages whose items a clean pipeline never lets fine-tuning or regressor training see.</summary>
    public static IReadOnlyList<string> Tests { get; } = [RegressorTest, HeldOutTest];

    internal static int OrderOf(string stage)
    {
        for (var i = 0; i < Ordered.Count; i++)
        {
            if (Ordered[i] == stage)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
