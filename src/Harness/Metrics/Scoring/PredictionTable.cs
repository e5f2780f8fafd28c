using System.Globalization;
using LeakSpec.Datasets;
using LeakSpec.Splitting.Formats;

namespace LeakSpec.Metrics.Scoring;

/// <summary>
/// A method's test predictions: a CSV (or TSV) with an item column, an optional split column, a prediction column and
/// a score column, e.g. <c>item,split,prediction,score</c>. Rows without a split column form one split.
/// </summary>
public sealed record PredictionTable(string Path, bool HasSplits, IReadOnlyList<PredictionSplit> Splits)
{
    private static readonly string[] ItemColumns = ["item", .. ItemNames.NameFields];
    private static readonly string[] SplitColumns = ["split", "set", "fold", "seed", "run", "split_index"];
    private static readonly string[] PredictionColumns = ["prediction", "predicted", "pred", "yhat", "y_hat", "output", "predicted_score"];
    private static readonly string[] ScoreColumns = ["score", "mos", "dmos", "actual", "target", "y", "label", "gt", "ground_truth"];

    /// <summary>The label of the one split of a file without a split column.</summary>
    public const string AllRows = "all";

    public static PredictionTable Read(string path)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Read(path, path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetricException($"{path}: cannot read the predictions: {e.Message}");
        }

        var header = table.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string[] names, string what, bool required)
        {
            var i = names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
            return i >= 0 || !required ? i : throw new MetricException(
                $"{path}: line 1: no {what} column; expected one named {string.Join(", ", names)} (header: {string.Join(",", table.Header)}).");
        }

        var (item, split) = (Column(ItemColumns, "item", true), Column(SplitColumns, "split", false));
        var (prediction, score) = (Column(PredictionColumns, "prediction", true), Column(ScoreColumns, "score", true));
        var splits = new Dictionary<string, (List<string> Items, List<double> P, List<double> S, HashSet<string> Seen)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var label = split < 0 ? AllRows : table.Field(row, split).Trim();
            var name = ItemNames.StripPrefix(table.Field(row, item));
            if (name.Length == 0 || label.Length == 0)
            {
                throw new MetricException($"{path}: line {row.Line}: empty {(name.Length == 0 ? "item" : "split")}; expected a name.");
            }

            var s = splits.TryGetValue(label, out var found) ? found : splits[label] = ([], [], [], new HashSet<string>(StringComparer.Ordinal));
            if (!s.Seen.Add(name))
            {
                throw new MetricException($"{path}: line {row.Line}: '{name}' is predicted twice in split '{label}'.");
            }

            s.Items.Add(name);
            s.P.Add(Number(table, row, prediction, path));
            s.S.Add(Number(table, row, score, path));
        }

        if (splits.Count == 0)
        {
            throw new MetricException($"{path}: no rows after the header; expected one prediction per test item.");
        }

        var ordered = splits.OrderBy(s => s.Key, Comparer<string>.Create(NaturalOrder))
            .Select(s => new PredictionSplit(s.Key, s.Value.Items, [.. s.Value.P], [.. s.Value.S])).ToList();
        return new PredictionTable(path, split >= 0, ordered);
    }

    private static double Number(CsvTable table, (int Line, string[] Fields) row, int column, string path)
    {
        var text = table.Field(row, column).Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new MetricException($"{path}: line {row.Line}, column '{table.Header[column]}': expected a finite number, found '{text}'.");
    }

    /// <summary>"split-2" before "split-10"; numbers compared as numbers.</summary>
    private static int NaturalOrder(string a, string b)
    {
        static (string, long) Key(string s)
        {
            var i = s.Length;
            while (i > 0 && char.IsAsciiDigit(s[i - 1]))
            {
                i--;
            }

            return i < s.Length && s.Length - i < 18 ? (s[..i], long.Parse(s[i..], CultureInfo.InvariantCulture)) : (s, -1);
        }

        var (ka, kb) = (Key(a), Key(b));
        var c = string.CompareOrdinal(ka.Item1, kb.Item1);
        return c != 0 ? c : ka.Item2 != kb.Item2 ? ka.Item2.CompareTo(kb.Item2) : string.CompareOrdinal(a, b);
    }
}

/// <summary>One split's predictions, in file order.</summary>
public sealed record PredictionSplit(string Label, IReadOnlyList<string> Items, double[] Predicted, double[] Actual);
