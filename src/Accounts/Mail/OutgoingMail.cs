namespace Plateforme.Accounts.Mail;

/// <summary>A message to one person, with a plain-text part and an HTML part saying the same thing.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html);
