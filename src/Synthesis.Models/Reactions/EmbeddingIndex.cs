using System.Security.Cryptography;
using Synthesis.Chemistry;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Neighbours;

namespace Synthesis.Models.Reactions;

/// <summary>
/// The reaction embeddings r̄ of the literature reactions, L2-normalised, for cosine nearest neighbours: searched
/// exactly, or through an approximate index from <see cref="NeighbourSearchOptions.ApproximateFrom"/> reactions on.
/// Embedding ~20,000 reactions through five reaction graphs takes the better part of a minute on two cores,
/// so the matrix is cached in a file keyed by the model's files and the reactions' ids (and so is an approximate index's graph).
/// </summary>
public sealed class EmbeddingIndex : IDisposable
{
    private const string Magic = "SYNTHESIS-EMBEDDINGS-1";

    /// <summary>Reactions and their search over embeddings computed elsewhere (the scaling bench's subsets); row i is reaction i.</summary>
    public EmbeddingIndex(IReadOnlyList<Reaction> reactions, INeighbourIndex search)
    {
        if (reactions.Count != search.Count) throw new ArgumentException($"{reactions.Count} reactions but {search.Count} indexed rows", nameof(search));
        Reactions = reactions;
        Search = search;
    }

    public IReadOnlyList<Reaction> Reactions { get; }
    /// <summary>Row i is <see cref="Reactions"/>[i]'s embedding, [reactions, embedding size], each row of unit length.</summary>
    public INeighbourIndex Search { get; }

    /// <summary>Indexes the reactions the model can take (2 to 10 precursors), reusing a cached matrix when one matches.</summary>
    /// <param name="embedded">progress of a computation (not of a cache read): reactions embedded so far, of how many</param>
    /// <param name="options">exact or approximate search and the approximate index's sizes (null: the defaults)</param>
    public static EmbeddingIndex Build(ReactionModel model, IEnumerable<Reaction> reactions, string? cacheDirectory, Action<int, int>? embedded = null,
        NeighbourSearchOptions? options = null)
    {
        var indexed = reactions.Where(r => r.Precursors.Count is >= InputLimits.MinPrecursors and <= InputLimits.MaxPrecursors).ToArray();
        var size = model.Manifest.Options.NodeSize;
        var key = cacheDirectory is null ? null : Key(model, indexed);
        var cache = key is null ? null : Path.Combine(cacheDirectory!, $"embeddings-{key}.bin");
        var rows = cache is not null && File.Exists(cache) ? Read(cache, indexed.Length, size) : null;
        if (rows is null)
        {
            rows = model.Embed(indexed.Select(ReactionExample.From).ToArray(), embedded: embedded).SelectMany(r => r).ToArray();
            if (cache is not null) Write(cache, rows, indexed.Length, size);
        }
        var search = options ?? new NeighbourSearchOptions();
        // An approximate index's graph is cached beside the embeddings too: at 1M reactions it takes ~20 minutes to build.
        var graph = key is null ? null : Path.Combine(cacheDirectory!, $"neighbours-{key}-m{search.Connectivity}-ef{search.ExpansionAdd}.usearch");
        return new EmbeddingIndex(indexed, NeighbourIndex.For(rows, indexed.Length, size, search, graphFile: graph));
    }

    public void Dispose() => Search.Dispose();

    private static string Key(ReactionModel model, IReadOnlyList<Reaction> reactions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(model.Directory).Order(StringComparer.Ordinal))
            hash.AppendData(File.ReadAllBytes(file));
        foreach (var reaction in reactions) hash.AppendData(System.Text.Encoding.UTF8.GetBytes(reaction.Id + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static float[]? Read(string path, int count, int size)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadString() != Magic || reader.ReadInt32() != count || reader.ReadInt32() != size) return null;
            var bytes = reader.ReadBytes(count * size * sizeof(float));
            if (bytes.Length != count * size * sizeof(float)) return null;
            var rows = new float[count * size];
            Buffer.BlockCopy(bytes, 0, rows, 0, bytes.Length);
            return rows;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Write(string path, float[] rows, int count, int size)
    {
        ModelFiles.WriteAtomically(path, stream =>
        {
            using var writer = new BinaryWriter(stream);
            writer.Write(Magic);
            writer.Write(count);
            writer.Write(size);
            var bytes = new byte[rows.Length * sizeof(float)];
            Buffer.BlockCopy(rows, 0, bytes, 0, bytes.Length);
            writer.Write(bytes);
        });
    }
}
