extern alias server;

using Grpc.Core;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Synthesis.Data.Curation;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Proto = server::Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The real server (fake model: curation needs none) with an API key, over the sample dataset and a stored flagging run
/// whose flags name the first <see cref="FlagCount"/> kept sample reactions.
/// </summary>
public sealed class CurationServer : ServerFixture
{
    public const string ApiKey = "test-key-0f7c2a";
    public const int FlagCount = 4;

    public IReadOnlyList<string> FlagIds { get; private set; } = [];

    protected override IEnumerable<KeyValuePair<string, string?>> Prepare()
    {
        using var databases = new DatabaseFiles(DatabaseOwner.Cli); // closed before the server opens the file
        var database = databases.For(Database);
        new ReactionImporter(database).Import(Sample);
        FlagIds = Seed(new CurationStore(database), new LiteDbReactionRepository(database).Kept().Take(FlagCount).ToList());
        return [new("Synthesis:Curation:ApiKey", ApiKey)];
    }

    protected override void Customise(IServiceCollection services) =>
        services.AddSingleton<IReactionPredictor>(sp => new FakeReactionPredictor(sp.GetRequiredService<IReactionCatalog>()));

    /// <summary>A run flagging the given reactions, scores 0.9, 0.8, ...; returns the flag ids best first.</summary>
    public static IReadOnlyList<string> Seed(CurationStore store, IReadOnlyList<Data.Reactions.Reaction> reactions)
    {
        var run = new RunRecord
        {
            Id = RunRecord.IdOf(1, "sha", "test-model", RunRecord.InSample), DatasetVersion = 1, ModelVersion = "test-model", Mode = RunRecord.InSample,
            Threshold = 0.3, ReactionsScored = reactions.Count, Flags = reactions.Count, FinishedUtc = DateTime.UtcNow,
        };
        var flags = reactions.Select((r, i) => new FlagRecord
        {
            Id = $"f{i:D15}", RunId = run.Id, ReactionId = r.Id, Doi = r.Doi, ReactionString = r.ReactionString, Score = 0.9 - 0.1 * i,
            Reasons = [i % 2 == 0 ? FlagReason.ModelDisagrees : FlagReason.ElementNotInPrecursors], RecordedProduct = r.TargetFormula,
            PredictedProduct = "BaTiO3", Confidence = 0.8, DatasetVersion = 1, ModelVersion = run.ModelVersion, InSample = true,
            Signals = new ModelSignals { TopProbability = 0.8, L1Error = 0.4, ExtraElements = ["Ba"] },
        }).ToList();
        store.SaveRun(run, flags);
        return flags.Select(f => f.Id).ToList();
    }
}

/// <summary>The Curation service's calls over the server's own message types (the C# client library does not carry them).</summary>
public sealed class CurationCalls(CallInvoker invoker)
{
    private static Method<TRequest, TResponse> Method<TRequest, TResponse>(MethodType type, string name, MessageParser<TRequest> request, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest> where TResponse : class, IMessage<TResponse> =>
        new(type, "synthesis.v1.Curation", name, Marshallers.Create(m => m.ToByteArray(), request.ParseFrom), Marshallers.Create(m => m.ToByteArray(), response.ParseFrom));

    public Task<Proto.ListFlagsResponse> ListFlags(Proto.ListFlagsRequest request) =>
        invoker.AsyncUnaryCall(Method(MethodType.Unary, "ListFlags", Proto.ListFlagsRequest.Parser, Proto.ListFlagsResponse.Parser), null, new CallOptions(), request).ResponseAsync;

    public Task<Proto.Flag> GetFlag(string id) =>
        invoker.AsyncUnaryCall(Method(MethodType.Unary, "GetFlag", Proto.GetFlagRequest.Parser, Proto.Flag.Parser), null, new CallOptions(),
            new Proto.GetFlagRequest { FlagId = id }).ResponseAsync;

    public Task<Proto.Flag> ReviewFlag(Proto.ReviewFlagRequest request, string? key) =>
        invoker.AsyncUnaryCall(Method(MethodType.Unary, "ReviewFlag", Proto.ReviewFlagRequest.Parser, Proto.Flag.Parser), null,
            new CallOptions(key is null ? null : new Metadata { { "x-api-key", key } }), request).ResponseAsync;

    public async Task<List<Proto.ExportDatasetResponse>> Export(bool includeDropped = false)
    {
        using var call = invoker.AsyncServerStreamingCall(Method(MethodType.ServerStreaming, "ExportDataset", Proto.ExportDatasetRequest.Parser, Proto.ExportDatasetResponse.Parser),
            null, new CallOptions(), new Proto.ExportDatasetRequest { IncludeDropped = includeDropped });
        var messages = new List<Proto.ExportDatasetResponse>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None)) messages.Add(call.ResponseStream.Current);
        return messages;
    }
}
