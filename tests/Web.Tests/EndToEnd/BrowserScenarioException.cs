namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>A browser scenario that failed, with the page address and the screenshot path in its message.</summary>
public sealed class BrowserScenarioException(string message, Exception inner) : Exception(message, inner);
