namespace Plateforme.Accounts.Users;

public sealed record SignUpRequest(string Email, string Password, string DisplayName);
