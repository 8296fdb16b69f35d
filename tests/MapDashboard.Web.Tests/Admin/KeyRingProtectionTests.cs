using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MapDashboard.Data.Accounts;
using MapDashboard.TestSupport;
using MapDashboard.Web.Features.Admin;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MapDashboard.Web.Tests.Admin;

/// <summary>
/// The key ring behind sign-in cookies and antiforgery tokens, in the real accounts schema as the accounts role writes
/// it: with a certificate configured, what lands in accounts.data_protection_keys is encrypted, and another instance
/// (or the same one after a restart) with the same certificate still reads what the first protected; a setting that
/// names a certificate that cannot be used stops the start instead of storing keys in clear.
/// </summary>
public sealed class KeyRingProtectionTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-keyring-").FullName;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ServiceProvider Instance(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddAccountsData(database.AccountsConnectionString);
        services.AddSharedKeyRing(configuration);
        return services.BuildServiceProvider();
    }

    private (string Pfx, string PasswordFile) Certificate(bool withPrivateKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MapDashboard key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
        var password = Guid.NewGuid().ToString("N");
        var pfx = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".pfx");
        var bytes = withPrivateKey
            ? certificate.Export(X509ContentType.Pfx, password)
            : X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert)).Export(X509ContentType.Pfx, password);
        File.WriteAllBytes(pfx, bytes);
        var passwordFile = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(passwordFile, password + "\n");
        return (pfx, passwordFile);
    }

    private static Dictionary<string, string?> Settings(string? pfx, string? passwordFile) => new()
    {
        [$"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePath)}"] = pfx,
        [$"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePasswordFile)}"] = passwordFile,
    };

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_a_second_instance_reads_what_the_first_protected()
    {
        var (pfx, passwordFile) = Certificate();
        string token;
        await using (var first = Instance(Settings(pfx, passwordFile)))
            token = first.GetDataProtector("sign-in").Protect("editor@example.org");

        await using (var accounts = AccountsDatabase.Create(database.AccountsConnectionString))
        {
            var keys = await accounts.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(_ct);
            var key = Assert.Single(keys);
            Assert.Contains("EncryptedData", key);
            Assert.DoesNotContain("<masterKey", key);
        }

        await using var second = Instance(Settings(pfx, passwordFile));
        Assert.Equal("editor@example.org", second.GetDataProtector("sign-in").Unprotect(token));
    }

    [Fact]
    public void A_certificate_path_without_a_file_stops_the_start_and_names_the_setting()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Instance(Settings(Path.Combine(_folder, "missing.pfx"), null)));
        Assert.Contains("MapDashboard:DataProtection:CertificatePath", e.Message);
    }

    [Fact]
    public void A_wrong_password_stops_the_start()
    {
        var (pfx, _) = Certificate();
        var wrong = Path.Combine(_folder, "wrong.txt");
        File.WriteAllText(wrong, "not the password");
        var e = Assert.Throws<InvalidOperationException>(() => Instance(Settings(pfx, wrong)));
        Assert.Contains("is not a PKCS#12 file this password opens", e.Message);
    }

    [Fact]
    public void A_certificate_without_its_private_key_stops_the_start()
    {
        var (pfx, passwordFile) = Certificate(withPrivateKey: false);
        var e = Assert.Throws<InvalidOperationException>(() => Instance(Settings(pfx, passwordFile)));
        Assert.Contains("has no private key", e.Message);
    }
}
