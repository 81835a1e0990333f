extern alias server;

using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using server::Synthesis.Server.Options;
using server::Synthesis.Server.Startup;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>What start-up says about a damaged database, a changed byte, and a model that answers NaN.</summary>
public sealed class StartupFaultTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "solid-state-sample.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-faults-").FullName;
    private readonly DatabaseFiles _files = new(DatabaseOwner.Server); // the server host the tests stand in for
    private string Database => Path.Combine(_folder, "reactions.db");

    [Fact]
    public void A_damaged_database_is_named_with_the_remedy()
    {
        File.WriteAllBytes(Database, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var error = Assert.Throws<InvalidDataException>(() => Open());

        Assert.Contains(Database, error.Message);
        Assert.Contains("move it aside and restart", error.Message);
    }

    [Fact]
    public void A_changed_byte_in_a_stored_reaction_is_found_at_start()
    {
        new ReactionImporter(_files.For(Database)).Import(Sample);
        var reaction = new LiteDbReactionRepository(_files.For(Database)).Kept()[0];
        _files.Close(Database);
        FlipOneByteOf(reaction.ReactionString);

        var error = Assert.Throws<InvalidDataException>(() => Open());

        Assert.Contains(Database, error.Message);
        Assert.Contains("has changed since dataset version 1 was imported", error.Message);
    }

    [Fact]
    public void An_intact_database_opens()
    {
        new ReactionImporter(_files.For(Database)).Import(Sample);
        _files.Close(Database);

        Assert.NotNull(Open().CurrentVersion());
    }

    [Fact]
    public void A_model_answering_nan_fails_the_self_check_naming_its_folder()
    {
        var error = Assert.Throws<InvalidDataException>(() => SelfCheck.Run(new NanPredictor(), null, "/models/broken"));

        Assert.Contains("'/models/broken'", error.Message);
        Assert.Contains("non-finite", error.Message);
    }

    private LiteDbReactionRepository Open() =>
        ReactionStore.Open(new SynthesisOptions { Database = Database, Dataset = Sample }, _files, NullLogger.Instance);

    /// <summary>One letter of a stored reaction string, changed in the file itself (the string is stored once, in its document).</summary>
    private void FlipOneByteOf(string text)
    {
        var bytes = File.ReadAllBytes(Database);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));
        Assert.True(at >= 0, "the reaction string is not in the file as written");
        var letter = at + text.IndexOf('O');
        bytes[letter] = (byte)'S';
        File.WriteAllBytes(Database, bytes);
    }

    public void Dispose()
    {
        _files.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class NanPredictor : IReactionPredictor
    {
        public string ModelVersion => "nan";

        public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates) =>
            queries.Select(_ => new ProductPrediction("LiCoO2", [new ElementPrediction("Li", double.NaN, 0, 0.9, double.NaN)], double.NaN, [], [], "LiCoO2", [])).ToList();

        public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k) => [];
    }
}
