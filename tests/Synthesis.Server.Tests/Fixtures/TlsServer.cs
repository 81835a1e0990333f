using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The server (fake model) with TLS from configuration, as an operator sets it up: a self-signed certificate for
/// localhost and 127.0.0.1 made here, written as PEM files, their paths in Synthesis:CertificatePath and
/// Synthesis:CertificateKeyPath. <see cref="Channel"/> trusts that certificate as its only root, nothing else.
/// </summary>
public sealed class TlsServer : ServerFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-tls-").FullName;

    public X509Certificate2 Certificate { get; } = SelfSigned();

    public override GrpcChannel Channel() => GrpcChannel.ForAddress("https://" + Address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            SslOptions =
            {
                CertificateChainPolicy = new X509ChainPolicy
                {
                    TrustMode = X509ChainTrustMode.CustomRootTrust,
                    CustomTrustStore = { X509CertificateLoader.LoadCertificate(Certificate.RawData) },
                    RevocationMode = X509RevocationMode.NoCheck,
                },
            },
        },
    });

    protected override IEnumerable<KeyValuePair<string, string?>> Prepare()
    {
        var (certificate, key) = (Path.Combine(_folder, "server.crt"), Path.Combine(_folder, "server.key"));
        File.WriteAllText(certificate, Certificate.ExportCertificatePem());
        File.WriteAllText(key, Certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return [new("Synthesis:CertificatePath", certificate), new("Synthesis:CertificateKeyPath", key)];
    }

    protected override void Customise(IServiceCollection services) =>
        services.AddSingleton<IReactionPredictor>(sp => new FakeReactionPredictor(sp.GetRequiredService<IReactionCatalog>()));

    /// <summary>RSA 2048, SHA-256, valid for a day, for the names a local client uses.</summary>
    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false)); // server authentication
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
