using System.Collections;
using System.Numerics;
using LeakSpec.Datasets;
using Razorvine.Pickle;
using Razorvine.Pickle.Objects;

namespace LeakSpec.Splitting.Formats;

/// <summary>
/// pyiqa's split files: a pickled <c>{split_index: {'train': [...], 'val': [...], 'test': [...]}}</c> of 0-based row
/// indices into its <c>meta_info_*.csv</c>. Read with Razorvine.Pickle, which never runs code from the file, and then
/// checked to hold nothing but dicts, lists, integers and strings: a pickle naming any class is rejected.
/// pyiqa drops LIVE Challenge's 7 training images (<c>t1.bmp</c> … <c>t7.bmp</c>, the first rows of its meta file)
/// before indexing, and so does this reader.
/// </summary>
public static class PyiqaPickleSplits
{
    /// <summary>One split of the file: its key and, per set label, the names its indices point at.</summary>
    public sealed record Split(string Key, IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Field)>> Sets);

    public static IReadOnlyList<string> MetaNames(string metaPath, DatasetKind? kind, out int skipped)
    {
        var table = CsvTable.Read(metaPath, metaPath.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',');
        var header = table.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var column = Math.Max(ItemNames.NameFields.Select(f => header.IndexOf(f)).FirstOrDefault(i => i >= 0, -1), 0);
        var names = table.Rows.Select(r => table.Field(r, column).Trim()).ToList();
        skipped = kind == DatasetKind.LiveC && names.Count >= 7 && names.Take(7).Select((n, i) => n.Equals($"t{i + 1}.bmp", StringComparison.OrdinalIgnoreCase)).All(b => b) ? 7 : 0;
        return names.Skip(skipped).ToList();
    }

    /// <param name="skipped">Rows of the meta file dropped before indexing (LIVE Challenge's 7), for messages.</param>
    public static IReadOnlyList<Split> Read(string picklePath, IReadOnlyList<string> metaNames, string metaPath, int skipped = 0)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(picklePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(picklePath, "(file)", "cannot read the pickle: " + e.Message, e);
        }

        object? root;
        try
        {
            using var unpickler = new Unpickler();
            root = unpickler.loads(bytes);
        }
        catch (PickleException e)
        {
            // Razorvine builds unknown classes as inert ClassDicts and fails on callables with arguments: either way the
            // file refers to Python code or classes, which a split file never needs.
            var named = System.Text.RegularExpressions.Regex.Match(e.Message, @"\(for ([\w.]+)\)");
            var what = named.Success ? "the Python callable or class " + named.Groups[1].Value : "a Python callable or class (" + e.Message + ")";
            throw new ManifestException(picklePath, "(file)", $"the pickle refers to {what}; only dicts, lists, integers and strings are read, and nothing from the file is run. Expected pyiqa's {{split_index: {{'train': [...], 'val': [...], 'test': [...]}}}}.", e);
        }
        catch (Exception e) when (e is InvalidOpcodeException or InvalidCastException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or EndOfStreamException)
        {
            throw new ManifestException(picklePath, "(file)", $"not a readable pickle ({e.GetType().Name}: {e.Message}); expected pyiqa's {{split_index: {{'train': [...], 'val': [...], 'test': [...]}}}}.", e);
        }

        var splits = Dict(root, picklePath, "(root)", "{split_index: {'train': [...], 'val': [...], 'test': [...]}}");
        var result = new List<Split>();
        foreach (var (key, value) in splits.OrderBy(s => s.Key, Comparer<string>.Create(NaturalOrder)))
        {
            var sets = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
            foreach (var (label, indices) in Dict(value, picklePath, $"split {key}", "{'train': [...], 'val': [...], 'test': [...]}"))
            {
                var field = $"split {key}, '{label}'";
                var list = indices as IList ?? throw Unexpected(picklePath, field, indices, "a list of row indices");
                var names = new List<(string, string)>(list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    var at = $"{field}[{i}]";
                    var index = Index(list[i], picklePath, at);
                    names.Add(index >= 0 && index < metaNames.Count
                        ? (metaNames[(int)index], at)
                        : throw new ManifestException(picklePath, at, $"row index {index} is outside {metaPath} ({metaNames.Count} rows after the header{(skipped > 0 ? $" and the {skipped} skipped training images" : string.Empty)}{(metaNames.Count == 0 ? string.Empty : ", indices 0–" + (metaNames.Count - 1))})."));
                }

                sets[label] = names;
            }

            result.Add(new Split(key, sets));
        }

        return result.Count > 0 ? result : throw new ManifestException(picklePath, "(root)", "holds no split; expected {split_index: {'train': [...], ...}}.");
    }

    private static List<(string Key, object? Value)> Dict(object? o, string path, string field, string expected)
    {
        if (o is not IDictionary d || o is ClassDict)
        {
            throw Unexpected(path, field, o, "a dict " + expected);
        }

        var entries = new List<(string, object?)>();
        foreach (DictionaryEntry e in d)
        {
            entries.Add((e.Key switch
            {
                string s => s,
                int or long or BigInteger => Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture)!,
                _ => throw Unexpected(path, field + " key", e.Key, "an integer or a string"),
            }, e.Value));
        }

        return entries;
    }

    private static long Index(object? o, string path, string field) => o switch
    {
        int i => i,
        long l => l,
        BigInteger b when b >= long.MinValue && b <= long.MaxValue => (long)b,
        _ => throw Unexpected(path, field, o, "an integer row index"),
    };

    private static ManifestException Unexpected(string path, string field, object? found, string expected)
    {
        var what = found switch
        {
            null => "None",
            ClassDict c => $"a pickled Python object of class {c.ClassName} (only dicts, lists, integers and strings are read)",
            string s => $"the string '{s}'",
            ICollection c when c.GetType().IsGenericType && c.GetType().GetGenericTypeDefinition() == typeof(HashSet<>) => "a Python set",
            object[] => "a Python tuple",
            double => $"the float {found}",
            bool => "a bool",
            byte[] => "bytes",
            _ => $"a {found.GetType().Name}",
        };
        return new ManifestException(path, field, $"expected {expected}, found {what}.");
    }

    private static int NaturalOrder(string a, string b) =>
        long.TryParse(a, out var x) && long.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);
}
