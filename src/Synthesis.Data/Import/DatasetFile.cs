using System.Security.Cryptography;
using SharpCompress.Compressors.Xz;

namespace Synthesis.Data.Import;

/// <summary>A dataset file on disk: its content hash and a decompressed stream over it (.json.xz or plain .json).</summary>
public static class DatasetFile
{
    private static ReadOnlySpan<byte> XzMagic => [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00];

    /// <summary>SHA-256 of the file as stored (compressed), lower-case hex: what makes a re-import a no-op.</summary>
    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>
    /// Opens the JSON text of the file, decompressing on the fly when it starts with the xz magic bytes.
    /// <paramref name="compressed"/> is the raw file stream, whose position tells how far the import has got.
    /// </summary>
    public static Stream OpenJson(string path, out FileStream compressed)
    {
        compressed = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[6];
        var read = compressed.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        compressed.Position = 0;
        if (read < head.Length || !head.SequenceEqual(XzMagic)) return compressed;
        try
        {
            return new XZStream(compressed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            compressed.Dispose();
            throw new InvalidDataException($"'{path}' is not a readable xz file: {e.Message}", e);
        }
    }
}
