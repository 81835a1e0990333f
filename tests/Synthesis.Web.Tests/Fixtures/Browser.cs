using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// Debian's headless Chromium driven through Debian's chromedriver (both from apt: scripts/setup.sh), one per
/// test collection. Paths are explicit, so Selenium Manager never looks for a browser or a driver on the network.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static readonly string? Unavailable =
        !File.Exists(Chromium) ? $"{Chromium} is missing: apt-get install chromium chromium-driver (scripts/setup.sh does)"
        : !File.Exists(ChromeDriver) ? $"{ChromeDriver} is missing: apt-get install chromium-driver (scripts/setup.sh does)"
        : null;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public Browser()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        // --no-sandbox: CI runs as root; a laptop-sized window, as the page is meant for.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
            "--disable-extensions", "--no-first-run", "--lang=en-GB");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Driver = new ChromeDriver(service, options, Patience);
    }

    public ChromeDriver Driver { get; }

    /// <summary>Loads <paramref name="url"/> afresh (by way of a blank page: a change of the hash alone would keep the old page's state).</summary>
    public void Open(string url)
    {
        Driver.Navigate().GoToUrl("about:blank");
        Driver.Navigate().GoToUrl(url);
    }

    /// <summary>Waits until <paramref name="condition"/> returns a value (not null, not false), and returns it.</summary>
    public T WaitFor<T>(Func<IWebDriver, T?> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Patience) { Message = $"waited {Patience.TotalSeconds:0} s for {what}" };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition)!;
    }

    /// <summary>The element with this id once it is displayed and has text.</summary>
    public IWebElement Text(string id) =>
        WaitFor(d => d.FindElement(By.Id(id)) is { Displayed: true, Text.Length: > 0 } e ? e : null, $"#{id} to show text");

    public void Type(string id, string text)
    {
        var input = Driver.FindElement(By.Id(id));
        input.Clear();
        input.SendKeys(text);
    }

    /// <summary>The page's script errors (uncaught exceptions, failed module loads) since the last call.</summary>
    public IReadOnlyList<string> ScriptErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe)
            // A refused request is logged by the browser too; the page shows those itself.
            .Select(e => e.Message).Where(m => !m.Contains("Failed to load resource")).ToList();

    public void SavePicture(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Driver.GetScreenshot().SaveAsFile(path);
    }

    /// <summary>The viewport stretched to the page's height (DevTools' device metrics), so that one picture shows all of it.</summary>
    public void SaveWholePage(string path)
    {
        var height = Convert.ToInt64(Driver.ExecuteScript("return document.documentElement.scrollHeight"));
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = 1280, ["height"] = Math.Clamp(height, 600, 2400), ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });
        SavePicture(path);
        Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", []);
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }
}

/// <summary>A fact that is skipped, saying why, where Chromium or chromedriver is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.Unavailable is { } reason) Skip = reason;
    }
}
