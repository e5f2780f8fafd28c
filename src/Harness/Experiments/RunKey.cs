using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeakSpec.Experiments;

/// <summary>
/// Everything that changes one variant's per-split results. Two runs share stored results only when their keys hash
/// the same, so a changed configuration, dataset, backbone, seed, split count or device is never mixed with an old one.
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
    public const int Schema = 2;

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
        };
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" }) + "\n";
    }

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
