using Microsoft.EntityFrameworkCore;

namespace Plateforme.Alerts.Applications;

/// <summary>Tables of saved calls and applications, and of their recorded deadline reminders.</summary>
internal static class ApplicationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallApplication>(application =>
        {
            application.ToTable("CallApplications", table => table.HasCheckConstraint("CK_CallApplications_Amount", "\"AmountObtainedCents\" IS NULL OR \"AmountObtainedCents\" >= 0"));
            application.HasKey(a => a.Id);
            application.HasIndex(a => new { a.OrganisationId, a.CallId }).IsUnique();
            application.HasIndex(a => a.Status);
            application.Property(a => a.CallSlug).HasMaxLength(300);
            application.Property(a => a.CallTitle).HasMaxLength(1000);
            application.Property(a => a.Notes).HasMaxLength(ApplicationService.MaxNotesLength);
            application.Property(a => a.Status).HasMaxLength(16);
            application.HasMany<ApplicationReminder>().WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApplicationReminder>(reminder =>
        {
            reminder.ToTable("ApplicationReminders");
            reminder.HasKey(r => r.Id);
            reminder.HasIndex(r => new { r.ApplicationId, r.Deadline, r.DaysBefore }).IsUnique();
            reminder.HasIndex(r => r.SentAt);
        });
    }
}
