namespace Plateforme.Accounts.Mail;

/// <summary>The resolved, absolute pickup folder (tests read the messages from it).</summary>
public sealed record PickupFolder(string Path);
