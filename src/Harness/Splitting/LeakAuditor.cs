using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// Finds leakage in split manifests. Each overlap is reported once, under the case that explains it:
/// the same test item in fine-tuning is Case I; a test item whose group (video, reference) was fine-tuned on through other
/// items is Case III, unless the regressor split itself puts that reference group on both sides (Case IV: the split, not
/// fine-tuning, is at fault); a group on both sides of a train/val/test boundary is Case II for videos and Case IV for
/// reference images; the same item in two disjoint stages is a plain overlap; an item twice in one stage a duplicate.
/// </summary>
public sealed class LeakAuditor
{
    private static readonly (string A, string B)[] DisjointPairs =
    [
        (Stages.FinetuneTrain, Stages.FinetuneVal),
        (Stages.RegressorTrain, Stages.RegressorVal),
        (Stages.RegressorTrain, Stages.RegressorTest),
        (Stages.RegressorVal, Stages.RegressorTest),
    ];

    private readonly int firstFew;

    /// <param name="firstFew">How many example items and groups each violation lists.</param>
    public LeakAuditor(int firstFew = 5) => this.firstFew = firstFew;

    public AuditReport Audit(IReadOnlyList<SplitManifest> manifests) => Audit(manifests, null);

    /// <param name="sources">A name per manifest for the report (its file); defaults to kind, policy and seed.</param>
    public AuditReport Audit(IReadOnlyList<SplitManifest> manifests, IReadOnlyList<string>? sources)
    {
        var names = sources ?? manifests.Select((m, i) => $"manifest {i + 1} ({m.Kind}, {m.Policy}, seed {m.Seed})").ToList();
        var violations = new List<Violation>();
        for (var i = 0; i < manifests.Count; i++)
        {
            violations.AddRange(AuditOne(manifests[i], names[i]));
        }

        return new AuditReport(names, violations);
    }

    private List<Violation> AuditOne(SplitManifest m, string source)
    {
        var groupKey = DatasetCatalog.Get(m.Kind).GroupKey;
        var views = m.Stages.ToDictionary(s => s.Key, s => new StageView(s.Key, s.Value, m.Kind, source));
        var empty = new StageView(string.Empty, [], m.Kind, source);
        StageView V(string stage) => views.TryGetValue(stage, out var v) ? v : empty;
        var found = new List<Violation>();

        foreach (var view in views.Values)
        {
            Add(found, source, ViolationKind.Duplicate, view.Name, view.Name, view.Duplicates);
        }

        foreach (var (a, b) in DisjointPairs)
        {
            var keysA = V(a).Keys;
            Add(found, source, ViolationKind.Overlap, a, b, V(b).Distinct.Where(x => keysA.Contains(x.Key)).ToList());
        }

        var finetuneKeys = new HashSet<string>(Stages.Finetune.SelectMany(f => V(f).Keys), StringComparer.Ordinal);
        var regressorFitGroups = new HashSet<string>(V(Stages.RegressorTrain).Groups.Keys.Concat(V(Stages.RegressorVal).Groups.Keys), StringComparer.Ordinal);
        foreach (var t in Stages.Tests)
        {
            foreach (var f in Stages.Finetune)
            {
                var ft = V(f);
                Add(found, source, ViolationKind.CaseI, f, t, V(t).Distinct.Where(x => ft.Keys.Contains(x.Key)).ToList());
                var viaGroup = V(t).Distinct.Where(x =>
                    !finetuneKeys.Contains(x.Key) && ft.Groups.ContainsKey(x.Group) &&
                    !(groupKey == GroupKey.Reference && t == Stages.RegressorTest && regressorFitGroups.Contains(x.Group)));
                Add(found, source, ViolationKind.CaseIII, f, t, viaGroup.ToList());
            }
        }

        if (groupKey != GroupKey.Item)
        {
            var kind = groupKey == GroupKey.Video ? ViolationKind.CaseII : ViolationKind.CaseIV;
            foreach (var (a, b) in DisjointPairs)
            {
                var (va, vb) = (V(a), V(b));
                // A group straddles when some item on one side differs from some item on the other; one and the same
                // item on both sides is a plain overlap, reported above.
                var straddling = vb.Groups.Where(g => va.Groups.TryGetValue(g.Key, out var inA) &&
                    !(inA.Count == 1 && g.Value.Count == 1 && inA[0].Key == g.Value[0].Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                Add(found, source, kind, a, b, vb.Distinct.Where(x => straddling.Contains(x.Group)).ToList());
            }
        }

        return found;
    }

    private void Add(List<Violation> found, string source, ViolationKind kind, string a, string b, List<Entry> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var groups = items.Select(x => x.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        found.Add(new Violation(
            source, kind, a, b, items.Count, groups.Count,
            [.. items.Select(x => x.Id).Order(StringComparer.Ordinal).Take(firstFew)],
            [.. groups.Take(firstFew)]));
    }

    private readonly record struct Entry(string Id, string Key, string Group);

    /// <summary>A stage's items with their comparison keys and groups, indexed for set operations.</summary>
    private sealed class StageView
    {
        public StageView(string name, IReadOnlyList<string> ids, DatasetKind kind, string source)
        {
            Name = name;
            var key = GroupFunctions.ItemKey(kind);
            var group = GroupFunctions.For(kind);
            var distinct = new List<Entry>(ids.Count);
            var duplicateKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                string g;
                try
                {
                    g = group(ids[i]);
                }
                catch (ArgumentException e)
                {
                    throw new ManifestException(source, $"stages.{name}[{i}]", e.Message, e);
                }

                var entry = new Entry(ids[i], key(ids[i]), g);
                if (Keys.Add(entry.Key))
                {
                    distinct.Add(entry);
                    (Groups.TryGetValue(g, out var members) ? members : Groups[g] = []).Add(entry);
                }
                else if (duplicateKeys.Add(entry.Key))
                {
                    Duplicates.Add(entry);
                }
            }

            Distinct = distinct;
        }

        public string Name { get; }

        /// <summary>Each item once (first spelling), in stage order.</summary>
        public List<Entry> Distinct { get; }

        public List<Entry> Duplicates { get; } = [];

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<Entry>> Groups { get; } = new(StringComparer.Ordinal);
    }
}
