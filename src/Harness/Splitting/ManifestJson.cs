using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>The canonical JSON form of <see cref="SplitManifest"/>: one writer, one strict reader.</summary>
internal static class ManifestJson
{
    private static readonly string[] Properties = ["format", "kind", "fingerprint", "policy", "seed", "groupKey", "stages", "contentHash"];

    /// <summary>The canonical file: the body with <c>"contentHash"</c> spliced in as the last property of the root object.</summary>
    public static byte[] WriteWithHash(SplitManifest m)
    {
        var body = WriteBody(m);
        var tail = "\n}\n"u8;
        if (!body.AsSpan().EndsWith(tail))
        {
            throw new InvalidOperationException("The JSON writer no longer ends a document with \"\\n}\\n\".");
        }

        var hash = Encoding.UTF8.GetBytes($",\n  \"contentHash\": \"{SplitManifest.HashOf(body)}\"");
        return [.. body.AsSpan(0, body.Length - tail.Length), .. hash, .. tail];
    }

    /// <summary>The canonical body (UTF-8, no BOM, LF, trailing LF) without the content hash: what the hash is taken over.</summary>
    public static byte[] WriteBody(SplitManifest m)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var w = new Utf8JsonWriter(buffer, options))
        {
            w.WriteStartObject();
            w.WriteString("format", SplitManifest.Format);
            w.WriteString("kind", KindName(m.Kind));
            w.WriteString("fingerprint", m.Fingerprint);
            w.WriteString("policy", m.Policy);
            w.WriteNumber("seed", m.Seed);
            w.WriteString("groupKey", m.GroupKey.ToString().ToLowerInvariant());
            w.WriteStartObject("stages");
            foreach (var (name, ids) in m.Stages)
            {
                w.WriteStartArray(name);
                foreach (var id in ids)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    public static string KindName(DatasetKind kind) => kind.ToString().ToLowerInvariant();

    public static SplitManifest Parse(string json, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new ManifestException(path, $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}", "malformed JSON: " + e.Message, e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestException(path, "(root)", $"expected a JSON object, found {root.ValueKind}.");
            }

            foreach (var p in root.EnumerateObject())
            {
                if (!Properties.Contains(p.Name))
                {
                    throw new ManifestException(path, p.Name, $"unknown property; a manifest has {string.Join(", ", Properties)}.");
                }
            }

            var format = String(root, "format", path);
            if (format != SplitManifest.Format)
            {
                throw new ManifestException(path, "format", $"expected \"{SplitManifest.Format}\", found \"{format}\".");
            }

            var kindName = String(root, "kind", path);
            var kind = Enum.GetValues<DatasetKind>().Cast<DatasetKind?>().FirstOrDefault(k => KindName(k!.Value) == kindName)
                ?? throw new ManifestException(path, "kind", $"unknown dataset kind \"{kindName}\"; expected one of {string.Join(", ", Enum.GetValues<DatasetKind>().Select(KindName))}.");
            var fingerprint = String(root, "fingerprint", path);
            if (fingerprint.Length != 0 && (fingerprint.Length != 64 || !fingerprint.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'))))
            {
                throw new ManifestException(path, "fingerprint", $"expected 64 lower-case hex digits (SHA-256) or an empty string, found \"{fingerprint}\".");
            }

            var policy = String(root, "policy", path);
            var seedElement = Required(root, "seed", path);
            if (seedElement.ValueKind != JsonValueKind.Number || !seedElement.TryGetInt32(out var seed))
            {
                throw new ManifestException(path, "seed", $"expected a 32-bit integer, found {seedElement.GetRawText()}.");
            }

            var groupKeyName = String(root, "groupKey", path);
            var groupKey = Enum.GetValues<GroupKey>().Cast<GroupKey?>().FirstOrDefault(g => g!.Value.ToString().Equals(groupKeyName, StringComparison.OrdinalIgnoreCase))
                ?? throw new ManifestException(path, "groupKey", $"expected reference, video or item, found \"{groupKeyName}\".");
            var stages = ReadStages(Required(root, "stages", path), path);
            var manifest = new SplitManifest(kind, fingerprint, policy, seed, groupKey, stages);
            if (root.TryGetProperty("contentHash", out var hashElement))
            {
                var claimed = hashElement.ValueKind == JsonValueKind.String ? hashElement.GetString()! : hashElement.GetRawText();
                var actual = manifest.ContentHash;
                if (claimed != actual)
                {
                    throw new ManifestException(path, "contentHash", $"the file says {claimed} but its content hashes to {actual}: it was edited after it was written (remove contentHash to accept the edit).");
                }
            }

            return manifest;
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadStages(JsonElement stages, string path)
    {
        if (stages.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestException(path, "stages", $"expected an object of stage name → list of ids, found {stages.ValueKind}.");
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var stage in stages.EnumerateObject())
        {
            var field = "stages." + stage.Name;
            if (!Stages.Known.Contains(stage.Name))
            {
                throw new ManifestException(path, field, $"unknown stage name; expected one of {string.Join(", ", Stages.Ordered)}.");
            }

            if (result.ContainsKey(stage.Name))
            {
                throw new ManifestException(path, field, "the stage is listed twice.");
            }

            if (stage.Value.ValueKind != JsonValueKind.Array)
            {
                throw new ManifestException(path, field, $"expected a list of item ids, found {stage.Value.ValueKind}.");
            }

            var ids = new List<string>(stage.Value.GetArrayLength());
            var i = 0;
            foreach (var e in stage.Value.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
                {
                    throw new ManifestException(path, $"{field}[{i}]", $"expected a non-empty item id string, found {e.GetRawText()}.");
                }

                ids.Add(e.GetString()!);
                i++;
            }

            result[stage.Name] = ids;
        }

        return result;
    }

    private static JsonElement Required(JsonElement root, string name, string path) =>
        root.TryGetProperty(name, out var e) ? e : throw new ManifestException(path, name, "required property is missing.");

    private static string String(JsonElement root, string name, string path)
    {
        var e = Required(root, name, path);
        return e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new ManifestException(path, name, $"expected a string, found {e.GetRawText()}.");
    }
}
