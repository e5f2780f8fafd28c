using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using TorchSharp;

namespace LeakSpec.Features;

/// <summary>SHA-256 of a module's state dict (names, dtypes, shapes and bytes, in name order): the weights' identity in cache keys.</summary>
public static class WeightsHash
{
    // A Full run keys every variant by the same few 100–250 MB files: hash each once per (path, size, modification time).
    private static readonly ConcurrentDictionary<(string, long, DateTime), string> Files = new();

    /// <summary>"sha256:" + hex of a weight file's bytes (the run store's key), or "absent" when there is no such file.</summary>
    public static string OfFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return "absent";
        }

        return Files.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc), _ =>
        {
            using var stream = File.OpenRead(info.FullName);
            return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream));
        });
    }

    public static string Of(torch.nn.Module module)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var scope = torch.NewDisposeScope();
        foreach (var (name, tensor) in module.state_dict().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{name}|{tensor.dtype}|{string.Join("x", tensor.shape)}\n"));
            var cpu = tensor.detach().cpu().contiguous();
            sha.AppendData(cpu.bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
