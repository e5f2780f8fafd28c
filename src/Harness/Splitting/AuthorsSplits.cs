using System.Text.Json;
using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// The fixed splits the paper's authors used, recovered from their public result files (data/authors-splits/, embedded
/// in the harness; provenance in its README): KADID-10k's train and test references and KoNViD-1k's train, validation
/// and test videos, for the seeds 42, 69, 322, 1337, 9000. What the files do not record (KADID-10k's random image
/// permutation, the tainted test redraws) is drawn from the seed as for every other policy.
/// </summary>
public sealed class AuthorsSplits
{
    /// <summary>The manifest name of the <see cref="SplitPolicy.Authors"/> policy.</summary>
    public const string PolicyName = "authors";

    private const string ResourceName = "LeakSpec.AuthorsSplits.json";
    private static readonly Lazy<AuthorsSplits> EmbeddedCopy = new(LoadEmbedded);

    private readonly Dictionary<int, (string[] Train, string[] Test)> kadid;
    private readonly Dictionary<int, (string[] Train, string[] Val, string[] Test)> konvid;

    private AuthorsSplits(string source, Dictionary<int, (string[], string[])> kadid, Dictionary<int, (string[], string[], string[])> konvid)
    {
        Source = source;
        this.kadid = kadid;
        this.konvid = konvid;
    }

    /// <summary>The copy shipped in the harness (data/authors-splits/authors-splits.json).</summary>
    public static AuthorsSplits Embedded => EmbeddedCopy.Value;

    /// <summary>Where the splits were read from, for error messages.</summary>
    public string Source { get; }

    /// <summary>KADID-10k and KoNViD-1k: the only datasets whose splits the authors' files record.</summary>
    public static bool Covers(DatasetKind kind) => kind is DatasetKind.Kadid10k or DatasetKind.Konvid1k;

    public IReadOnlyList<int> Seeds(DatasetKind kind) => kind switch
    {
        DatasetKind.Kadid10k => [.. kadid.Keys.Order()],
        DatasetKind.Konvid1k => [.. konvid.Keys.Order()],
        _ => [],
    };

    /// <summary>KADID-10k: the authors' train and test reference names (e.g. "I02.png") of one seed.</summary>
    public (IReadOnlyList<string> Train, IReadOnlyList<string> Test) KadidReferences(int seed) =>
        kadid.TryGetValue(seed, out var s) ? (s.Train, s.Test) : throw NoSeed(DatasetKind.Kadid10k, seed);

    /// <summary>KoNViD-1k: the authors' train, validation and test flickr ids of one seed.</summary>
    public (IReadOnlyList<string> Train, IReadOnlyList<string> Val, IReadOnlyList<string> Test) KonvidVideos(int seed) =>
        konvid.TryGetValue(seed, out var s) ? (s.Train, s.Val, s.Test) : throw NoSeed(DatasetKind.Konvid1k, seed);

    /// <summary>Reads the file's format; every problem names <paramref name="source"/> and the field.</summary>
    public static AuthorsSplits Parse(string json, string source)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ManifestException(source, $"line {(e.LineNumber ?? 0) + 1}", "malformed JSON: " + e.Message, e);
        }

        var kadid = new Dictionary<int, (string[], string[])>();
        foreach (var (seed, split) in Seeded(root, "kadid10k_by_reference", source))
        {
            kadid[seed] = (Names(split, "train_refs", source, $"kadid10k_by_reference.{seed}"), Names(split, "test_refs", source, $"kadid10k_by_reference.{seed}"));
        }

        var konvid = new Dictionary<int, (string[], string[], string[])>();
        foreach (var (seed, split) in Seeded(root, "konvid1k_by_video", source))
        {
            var at = $"konvid1k_by_video.{seed}";
            konvid[seed] = (Names(split, "train", source, at), Names(split, "val", source, at), Names(split, "test", source, at));
        }

        return new AuthorsSplits(source, kadid, konvid);
    }

    private static IEnumerable<(int Seed, JsonElement Split)> Seeded(JsonElement root, string property, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(property, out var bySeed) || bySeed.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestException(source, property, "expected an object of seed → split");
        }

        foreach (var p in bySeed.EnumerateObject())
        {
            if (!int.TryParse(p.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed))
            {
                throw new ManifestException(source, $"{property}.{p.Name}", "expected a seed (a whole number) as the key");
            }

            yield return (seed, p.Value);
        }
    }

    private static string[] Names(JsonElement split, string property, string source, string at)
    {
        if (split.ValueKind != JsonValueKind.Object || !split.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new ManifestException(source, $"{at}.{property}", "expected an array of names");
        }

        return [.. list.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s
            ? s
            : throw new ManifestException(source, $"{at}.{property}[{i}]", $"expected a non-empty string, found {e.ValueKind}"))];
    }

    private static AuthorsSplits LoadEmbedded()
    {
        using var stream = typeof(AuthorsSplits).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The harness was built without its embedded {ResourceName} (data/authors-splits/authors-splits.json).");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/authors-splits/authors-splits.json (embedded)");
    }

    private ArgumentException NoSeed(DatasetKind kind, int seed) =>
        new($"The authors' splits ({Source}) hold no {DatasetCatalog.Get(kind).DisplayName} split for seed {seed}; they exist for seeds {string.Join(", ", Seeds(kind))} only.", nameof(seed));
}
