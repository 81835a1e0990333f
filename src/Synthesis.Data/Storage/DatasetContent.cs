using System.Security.Cryptography;
using LiteDB;

namespace Synthesis.Data.Storage;

/// <summary>
/// The SHA-256 of a dataset version's stored reactions — every document of its collection, as LiteDB stores it
/// (BSON), in id order — recorded when the import completes and compared on every server start, so that a changed
/// byte (a damaged page, an edit outside Synthesis) is found before the data is served. Code that changes a
/// version's reactions on purpose records the new hash with <see cref="Record"/>.
/// </summary>
public static class DatasetContent
{
    public static string Sha256(LiteDatabase database, int version)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in database.GetCollection(VersionRecord.ReactionCollection(version)).Query().OrderBy("_id").ToEnumerable())
            hash.AppendData(BsonSerializer.Serialize(document));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Stores the version's current content hash.</summary>
    public static void Record(LiteDatabase database, VersionRecord version)
    {
        version.ReactionsSha256 = Sha256(database, version.Number);
        database.GetCollection<VersionRecord>(VersionRecord.Collection).Update(version);
    }

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> naming the file and the remedy when the newest complete version's
    /// reactions differ from what its import recorded; versions imported before hashes were recorded pass.
    /// </summary>
    public static void Verify(LiteDatabase database, string path)
    {
        var version = new DatasetVersions(database).Current();
        if (version is null || string.IsNullOrEmpty(version.ReactionsSha256)) return;
        if (Sha256(database, version.Number) != version.ReactionsSha256)
            throw new InvalidDataException($"the database {path} has changed since dataset version {version.Number} was imported (its content hash " +
                                           "differs): it is damaged or was edited outside Synthesis; move it aside and restart to import the dataset again, or restore it from a backup");
    }
}
