using Microsoft.EntityFrameworkCore;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Structures;

/// <summary>The tables of partner structures and their staff, beside the organisations'.</summary>
internal static class StructureModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Structure>(structure =>
        {
            structure.ToTable("Structures");
            structure.HasKey(s => s.Id);
            structure.Property(s => s.Slug).HasMaxLength(80);
            structure.HasIndex(s => s.Slug).IsUnique();
            structure.Property(s => s.Name).HasMaxLength(200);
            structure.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            structure.Property(s => s.Description).HasMaxLength(4000);
            structure.Property(s => s.Contact).HasMaxLength(500);
            structure.Property(s => s.LogoUrl).HasMaxLength(500);
            structure.HasMany(s => s.Staff).WithOne().HasForeignKey(m => m.StructureId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<StructureStaff>(staff =>
        {
            staff.ToTable("StructureStaff");
            staff.HasKey(m => new { m.StructureId, m.UserId });
            staff.HasIndex(m => m.UserId);
            staff.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
            // Deleting an account removes its positions, never the structure.
            staff.HasOne<PlatformUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
