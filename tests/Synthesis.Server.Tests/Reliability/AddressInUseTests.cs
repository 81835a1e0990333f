using System.Net;
using System.Net.Sockets;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// A newcomer's likeliest failed start: the page's port (8080 by default) is taken by another program. The server
/// stops with exit code 1 and one line that names the address and the settings to change, without a stack trace.
/// </summary>
public sealed class AddressInUseTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "solid-state-sample.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-address-in-use-").FullName;

    [Fact]
    public async Task A_taken_port_stops_the_server_with_one_line_naming_the_settings()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var address = $"127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
            using var server = ServerProcess.Start(new Dictionary<string, string>
            {
                ["HttpAddress"] = address, ["Database"] = Path.Combine(_folder, "reactions.db"), ["Dataset"] = Sample,
            });
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await server.Process.WaitForExitAsync(limit.Token);
            server.Process.WaitForExit(); // the output is read to its end

            Assert.Equal(1, server.Process.ExitCode);
            var line = Assert.Single(server.Output.Split('\n'), l => l.StartsWith("synthesis server: ", StringComparison.Ordinal));
            Assert.Contains($"cannot start listening: Failed to bind to address http://{address}: address already in use", line);
            Assert.Contains("Synthesis__HttpAddress", line);
            Assert.DoesNotContain("   at ", server.Output);
        }
        finally
        {
            taken.Stop();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
