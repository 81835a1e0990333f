extern alias server;

using Microsoft.Extensions.Logging.Abstractions;
using server::Synthesis.Server.Execution;
using server::Synthesis.Server.Options;
using server::Synthesis.Server.Services;
using server::Synthesis.Server.Startup;
using server::Synthesis.Server.Validation;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The PropertyPredictor service over the repository's shipped property models (models/roost, models/wren), with its
/// own model executor, for calling it directly with a <see cref="TestCallContext"/>. Weights load on first use.
/// </summary>
public sealed class ShippedPropertyService : IDisposable
{
    private readonly PropertyModels _models = new(Path.Combine(PythonClient.RepositoryRoot, PropertyModels.DefaultCompositionFolder),
        Path.Combine(PythonClient.RepositoryRoot, PropertyModels.DefaultStructureFolder));
    private readonly ModelExecutor _executor = new(Microsoft.Extensions.Options.Options.Create(new LimitsOptions()), NullLogger<ModelExecutor>.Instance);

    public ShippedPropertyService() => Service = new PropertyPredictorService(_models, new PropertyRequestValidator(_models), _executor);

    public PropertyPredictorService Service { get; }

    public void Dispose()
    {
        _executor.Dispose();
        _models.Dispose();
    }
}
