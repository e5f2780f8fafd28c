namespace LeakSpec.Splitting.Formats;

/// <summary>
/// What the auditor says beside the leaks: a split without a test set is no leak between stages, but the numbers
/// reported on it are the ones the model was selected on — a weaker cousin of the paper's leaks.
/// </summary>
public static class AuditWarnings
{
    public static IReadOnlyList<string> For(IReadOnlyList<SplitManifest> manifests, IReadOnlyList<string> sources)
    {
        var warnings = new List<string>();
        for (var i = 0; i < manifests.Count; i++)
        {
            var m = manifests[i];
            if (Stages.Tests.Any(t => m.Stage(t).Count > 0))
            {
                continue;
            }

            var val = m.Stage(Stages.RegressorVal).Count + m.Stage(Stages.FinetuneVal).Count;
            warnings.Add(val > 0
                ? $"WARNING {sources[i]}: no test set (only {Present(m)}). Numbers reported on the validation set ({val} item(s)) are the ones the model was selected on (best epoch, early stopping, hyper-parameters), so they overstate how it does on unseen data; hold out a test set that no selection step sees and report on that."
                : $"WARNING {sources[i]}: no test set and no validation set (only {Present(m)}): nothing is held out, so no reported number measures unseen data.");
        }

        return warnings;
    }

    private static string Present(SplitManifest m) => string.Join(", ", m.Stages.Where(s => s.Value.Count > 0).Select(s => $"{s.Key} {s.Value.Count}"));
}
