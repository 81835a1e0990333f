using System.IO.Compression;
using System.Text;
using LiteDB;

namespace Synthesis.Data.Storage;

/// <summary>
/// Each reaction's source record exactly as the dataset file had it (deflated), one collection per dataset version:
/// what the curation export rewrites and where the paragraph a reaction was mined from is read. Databases imported
/// before it existed get them when the same file is imported again.
/// </summary>
public sealed class SourceDocuments(LiteDatabase database)
{
    public static string Collection(int version) => $"sources_{version}";

    public sealed class Document
    {
        public string Id { get; set; } = "";
        public byte[] Deflated { get; set; } = [];
    }

    public static Document Pack(string reactionId, string json)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest)) deflate.Write(Encoding.UTF8.GetBytes(json));
        return new Document { Id = reactionId, Deflated = buffer.ToArray() };
    }

    /// <summary>Adds documents; <paramref name="staged"/> ones stay invisible until <see cref="Publish"/> (a backfill killed halfway leaves none).</summary>
    public void InsertBulk(int version, IEnumerable<Document> documents, bool staged = false) =>
        database.GetCollection<Document>(staged ? Staging(version) : Collection(version)).InsertBulk(documents);

    public void Publish(int version) => database.RenameCollection(Staging(version), Collection(version));

    private static string Staging(int version) => Collection(version) + "_staged";

    public bool Exists(int version) => database.CollectionExists(Collection(version));

    /// <summary>The record's JSON text, or null when the version has no source documents or the reaction none.</summary>
    public string? Json(int version, string reactionId)
    {
        if (!Exists(version)) return null;
        var document = database.GetCollection<Document>(Collection(version)).FindById(reactionId);
        if (document is null) return null;
        using var deflate = new DeflateStream(new MemoryStream(document.Deflated), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The paragraph the reaction was mined from ("paragraph_string"), or null.</summary>
    public string? Paragraph(int version, string reactionId)
    {
        if (Json(version, reactionId) is not { } json) return null;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("paragraph_string", out var paragraph) && paragraph.ValueKind == System.Text.Json.JsonValueKind.String
            ? paragraph.GetString() : null;
    }

    public void Drop(int version)
    {
        database.DropCollection(Collection(version));
        database.DropCollection(Staging(version));
    }
}
