using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeakSpec.Experiments;

/// <summary>
/// Everything that changes one variant's per-split results. Two runs share stored results only when their keys hash
/// the same, so a changed configuration, dataset, backbone, seed, split count, device, split source, harness build or
/// weight file is never mixed with an old one.
/// </summary>
public sealed record RunKey(
    string CaseId,
    string Variant,
    string ConfigurationJson,
    string DatasetFingerprint,
    string Backbone,
    int Seed,
    int SplitCount,
    string Device)
{
    /// <summary>Bumped when <see cref="SplitResult"/>'s meaning changes, so results of an older LeakSpec are recomputed.</summary>
    // 2: DeepRN's stage-1 curve per epoch (was per item seen); Case II's predicted and true class shares.
    // 2 also: the key holds the build, the weight files' contents and the split source.
    public const int Schema = 2;

    /// <summary>The harness build (<see cref="Runtime.BuildInfo.Id"/>): a result of another commit is never reused.</summary>
    public string Build { get; init; } = Runtime.BuildInfo.Id;

    /// <summary>Weight file name → SHA-256 of its contents: other weights under the same file name are never reused.</summary>
    public IReadOnlyDictionary<string, string> Weights { get; init; } = new Dictionary<string, string>();

    /// <summary>"seeded" (drawn from the seeds) or "authors" (<see cref="Splitting.AuthorsSplits"/> where they exist).</summary>
    public string SplitSource { get; init; } = SeededSplits;

    public const string SeededSplits = "seeded";

    /// <summary>First 16 hex digits of the SHA-256 of <see cref="CanonicalJson"/>: the run store's folder name.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson())))[..16];

    /// <summary>Device kind only: "cuda:1" and "cuda" give the same numbers, "cpu" and "cuda" need not.</summary>
    public string DeviceKind => Device.Split(':')[0].Trim().ToLowerInvariant();

    /// <summary>The key as JSON with the configuration's object keys sorted, so formatting and key order do not matter.</summary>
    public string CanonicalJson()
    {
        JsonNode? config;
        try
        {
            config = JsonNode.Parse(ConfigurationJson);
        }
        catch (JsonException e)
        {
            throw new ReplicationException($"Case {CaseId}: its ConfigurationJson is not valid JSON ({e.Message}).", e);
        }

        var node = new JsonObject
        {
            ["schema"] = Schema,
            ["case"] = CaseId,
            ["variant"] = Variant,
            ["configuration"] = Canonical(config),
            ["datasetFingerprint"] = DatasetFingerprint,
            ["backbone"] = Backbone,
            ["seed"] = Seed,
            ["splitCount"] = SplitCount,
            ["device"] = DeviceKind,
            ["splitSource"] = SplitSource,
            ["build"] = Build,
            ["weights"] = new JsonObject(Weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => KeyValuePair.Create(w.Key, (JsonNode?)w.Value))),
        };
        return node.ToJsonString(Indented) + "\n";
    }

    /// <summary>
    /// The key without what identifies the build and weights (and the schema): equal for a result of this variant that
    /// another build or other weights produced, so the store can report it instead of reusing it.
    /// </summary>
    public static string? IdentityOf(string canonicalJson)
    {
        try
        {
            if (JsonNode.Parse(canonicalJson) is not JsonObject o)
            {
                return null;
            }

            foreach (var provenance in ProvenanceFields)
            {
                o.Remove(provenance);
            }

            return o.ToJsonString(Indented);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The fields <see cref="IdentityOf"/> leaves out.</summary>
    public static IReadOnlyList<string> ProvenanceFields { get; } = ["schema", "build", "weights"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
