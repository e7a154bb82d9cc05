namespace Plateforme.Accounts.Users;

/// <summary>What a person needs to add the account to an authenticator app: the key, as text and as a QR code (SVG).</summary>
public sealed record AuthenticatorSetup(string SharedKey, Uri OtpAuthUri, string QrCodeSvg);
