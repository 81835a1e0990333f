using Microsoft.Extensions.DependencyInjection;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>The server with <see cref="FakeReactionPredictor"/>, for failures the real model cannot be made to produce on demand.</summary>
public sealed class FakeModelServer : ServerFixture
{
    protected override void Customise(IServiceCollection services) =>
        services.AddSingleton<IReactionPredictor>(sp => new FakeReactionPredictor(sp.GetRequiredService<IReactionCatalog>()));
}
